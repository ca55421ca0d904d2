import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as string from 'lib0/string';
import { z } from 'zod';
import { ROLES } from '../roles.js';

/** Longest JSON text one presence state may have, in bytes. [P3] */
export const MAX_PRESENCE_STATE_BYTES = 4096;

/** How often a client may send its cursor: ~30 per second. */
export const CURSOR_THROTTLE_MS = 33;

/** How many selected card ids a presence state carries at most (the rest are not shown). */
export const MAX_SHARED_SELECTION = 50;

const finite = z.number().finite();

/**
 * The presence a client publishes through Yjs awareness. `user` is optional because a stock
 * y-websocket client announces an empty state `{}` before the app sets one. See SPEC.md [P1]-[P3].
 */
export const presenceStateSchema = z.looseObject({
	user: z
		.object({
			name: z.string().trim().min(1).max(60),
			city: z.string().trim().max(80),
			color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
			/** Stamped by the server from the token; whatever the client sends is replaced. [P2] */
			role: z.enum(ROLES).optional(),
		})
		.optional(),
	/** The pointer, in board units (canvas coordinates). [P1] */
	cursor: z.object({ x: finite, y: finite }).nullable().optional(),
	/** The cards the person has selected, shown to others in their colour. [P1] */
	selection: z.array(z.string().min(1).max(64)).max(MAX_SHARED_SELECTION).optional(),
	/** The part of the board the person sees, in board units, for "follow" and "jump to". [P1] */
	viewport: z
		.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() })
		.nullable()
		.optional(),
});

/** A validated presence state. */
export type PresenceState = z.infer<typeof presenceStateSchema>;

/** One client's entry in an awareness update; `state` null means the client left. */
export interface AwarenessEntry {
	clientId: number;
	clock: number;
	state: unknown;
}

/** Decodes an awareness update (y-protocols/awareness format). Throws on malformed bytes. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	const entries: AwarenessEntry[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		// The limit is in UTF-8 bytes, so check the encoded length, not the decoded string's. [P3]
		const jsonBytes = decoding.readVarUint8Array(decoder);
		if (jsonBytes.length > MAX_PRESENCE_STATE_BYTES) throw new Error('presence state too large');
		entries.push({ clientId, clock, state: JSON.parse(string.decodeUtf8(jsonBytes)) as unknown });
	}
	if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update');
	return entries;
}

/** Encodes entries in the y-protocols/awareness format. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(encoder, entry.clientId);
		encoding.writeVarUint(encoder, entry.clock);
		encoding.writeVarString(encoder, JSON.stringify(entry.state));
	}
	return encoding.toUint8Array(encoder);
}

/** Validates an untrusted presence state; null (a client leaving) is valid. */
export function parsePresenceState(
	input: unknown,
): { ok: true; state: PresenceState | null } | { ok: false; reason: string } {
	if (input === null) return { ok: true, state: null };
	const result = presenceStateSchema.safeParse(input);
	if (result.success) return { ok: true, state: result.data };
	return { ok: false, reason: z.prettifyError(result.error) };
}
