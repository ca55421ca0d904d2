import { z } from 'zod';
import { ROLES, type Role } from './roles.js';
import { TEMPLATE_IDS, type TemplateId } from './domain/templates.js';
import type { Editor } from './history/versions.js';

/** Longest board title, in characters. */
export const MAX_TITLE_LENGTH = 120;

/** The body of `POST /api/boards`. See protocol/README.md and SPEC.md [H1]. */
export const createBoardRequestSchema = z.strictObject({
	title: z.string().trim().min(1, 'title must not be empty').max(MAX_TITLE_LENGTH),
	template: z.enum(TEMPLATE_IDS),
});

/** A validated board creation request. */
export type CreateBoardRequest = z.infer<typeof createBoardRequestSchema>;

/** One link or token per role. */
export type PerRole<T> = Record<Role, T>;

/** The `201` answer of `POST /api/boards`. */
export interface BoardCreated {
	id: string;
	title: string;
	links: PerRole<string>;
	tokens: PerRole<string>;
}

/** The answer of `GET /api/boards/:id`: the board's metadata and the caller's role. */
export interface BoardInfo {
	id: string;
	title: string;
	template: TemplateId;
	/** ISO 8601. */
	createdAt: string;
	role: Role;
	/** True once a facilitator archived the board (it stays usable). [H7] */
	archived: boolean;
	/**
	 * The newest version's time and who changed the board before it ([V1]): the last change
	 * the history knows of; null before the first version.
	 */
	lastChange: { at: number; editors: Editor[] } | null;
}

/** The body of `PATCH /api/boards/:id`: a new title, archived or not, or both. [H7] */
export const updateBoardRequestSchema = z
	.strictObject({
		title: z.string().trim().min(1, 'title must not be empty').max(MAX_TITLE_LENGTH).optional(),
		archived: z.boolean().optional(),
	})
	.refine((body) => body.title !== undefined || body.archived !== undefined, {
		message: 'give a title, archived, or both',
	});

/** A validated board update. */
export type UpdateBoardRequest = z.infer<typeof updateBoardRequestSchema>;

/** The body of `POST /api/boards/:id/links/rotate`: the roles whose links stop working. [H6] */
export const rotateLinksRequestSchema = z.strictObject({
	roles: z
		.array(z.enum(ROLES))
		.min(1, 'name at least one role')
		.refine((roles) => new Set(roles).size === roles.length, 'name each role at most once'),
});

/** A validated request to rotate links. */
export type RotateLinksRequest = z.infer<typeof rotateLinksRequestSchema>;

/** The `200` answer of `POST /api/boards/:id/links/rotate`: a new link and token per rotated role. */
export interface LinksRotated {
	id: string;
	links: Partial<PerRole<string>>;
	tokens: Partial<PerRole<string>>;
}

/** Every 4xx/5xx answer of the HTTP API. */
export interface ApiError {
	error: {
		/** Stable, machine-readable code such as `invalid_body` or `unauthorized`. */
		code: string;
		/** A sentence for a developer. */
		message: string;
		/** Field-level problems, when the body was invalid. */
		issues?: { path: string; message: string }[];
	};
}

/** Board ids: 8 to 64 URL-safe characters. [H2] */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** True when `value` has the shape of a board id. */
export function isBoardId(value: unknown): value is string {
	return typeof value === 'string' && BOARD_ID_PATTERN.test(value);
}

/** A validated body, or one issue per bad field (`(body)` for the body as a whole). */
export type BodyParseResult<T> =
	{ ok: true; value: T } | { ok: false; issues: { path: string; message: string }[] };

/** A schema's refusal as the API's issues: one per problem, at its dotted path. [H3] */
export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
	return error.issues.map((issue) => ({
		path: issue.path.map(String).join('.') || '(body)',
		message: issue.message,
	}));
}

/** Validates `input` against `schema`: the value, or the issues of `zodIssues`. */
export function parseBody<T>(schema: z.ZodType<T>, input: unknown): BodyParseResult<T> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, value: result.data };
	return { ok: false, issues: zodIssues(result.error) };
}

/** Validates the body of `POST /api/boards`. */
export function parseCreateBoardRequest(input: unknown): BodyParseResult<CreateBoardRequest> {
	return parseBody(createBoardRequestSchema, input);
}

/** Validates the body of `PATCH /api/boards/:id`. [H7] */
export function parseUpdateBoardRequest(input: unknown): BodyParseResult<UpdateBoardRequest> {
	return parseBody(updateBoardRequestSchema, input);
}

/** Validates the body of `POST /api/boards/:id/links/rotate`. [H6] */
export function parseRotateLinksRequest(input: unknown): BodyParseResult<RotateLinksRequest> {
	return parseBody(rotateLinksRequestSchema, input);
}
