import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import {
	attendanceRequestSchema,
	createProgrammeRequestSchema,
	invitationsToCsv,
	journeyToCsv,
	parseBody,
	passRequestSchema,
	programmeDetailsSchema,
	registrationDecisionSchema,
	registrationsToCsv,
	seminarRequestSchema,
	seminarUpdateSchema,
	type ProgrammeRecord,
	type Seminar,
} from '@groundwork/protocol';
import type { z } from 'zod';
import type { BoardAccess } from '../boards/BoardAccess.js';
import { admitCaller } from '../cohorts/Caller.js';
import { CohortError } from '../cohorts/CohortError.js';
import { programmeCalendar } from '../programmes/calendar.js';
import type { JourneyService, JourneyViewer } from '../programmes/JourneyService.js';
import { publicProgrammeUrl } from '../programmes/links.js';
import { ProgrammeError } from '../programmes/ProgrammeError.js';
import type { ProgrammeService } from '../programmes/ProgrammeService.js';
import type { RegistrationService } from '../programmes/RegistrationService.js';
import type { SeminarArchiver } from '../programmes/SeminarArchiver.js';
import { bearerToken } from './auth.js';
import { baseUrl } from './boardLinks.js';
import { sendError } from './errors.js';
import { registrationRateLimit } from './security.js';

/** What the programme API is built from. */
export interface ProgrammeRouterDeps {
	access: BoardAccess;
	programmes: ProgrammeService;
	registrations: RegistrationService;
	journeys: JourneyService;
	archiver: SeminarArchiver;
	publicUrl: string | undefined;
	/** Largest uploaded material file. */
	maxMaterialBytes: number;
	/** Registrations per client address and 10 minutes (0: no limit). */
	registrationsPer10Min: number;
}

/** A programme with 30 seminars' agendas and links fits in 256 kB. */
const readJson = express.json({ limit: '256kb', strict: true });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
	const result = parseBody(schema, input);
	if (result.ok) return result.value;
	throw new ProgrammeError(400, 'invalid_body', 'The request is not valid.', result.issues);
}

const programmeErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
	if (error instanceof ProgrammeError) {
		sendError(res, error.status, error.code, error.message, error.issues);
	} else if (error instanceof CohortError) {
		sendError(res, error.status, error.code, error.message);
	} else if ((error as { type?: string }).type === 'entity.too.large') {
		sendError(res, 413, 'too_large', 'The body or file is too large.');
	} else {
		next(error);
	}
};

const noStore = (res: Response) => res.set('Cache-Control', 'no-store');

/** `attachment; filename="…"; filename*=UTF-8''…` for any name. */
function attachment(name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `X-File-Name`, URI-encoded by the client; 400 when absent or not decodable. */
function fileName(req: Request): string {
	const raw = req.get('x-file-name');
	try {
		if (raw) return decodeURIComponent(raw);
	} catch {
		// falls through to the refusal
	}
	throw new ProgrammeError(
		400,
		'file_name_required',
		'Give the file name in X-File-Name (URI-encoded).',
	);
}

/**
 * The programme API (issue 11; SPEC [G1]-[G9]): the public programme, calendars, materials and
 * registration form; passes traded for board links; and the coordinator routes, which take the
 * programme's coordinator token.
 */
export function createProgrammeRouter(deps: ProgrammeRouterDeps): Router {
	const router = Router();
	const { programmes, registrations, journeys } = deps;
	const base = (req: Request) => baseUrl(req, deps.publicUrl);
	const coordinator = (req: Request): Promise<ProgrammeRecord> =>
		programmes.admitCoordinator(String(req.params['id']), bearerToken(req));
	const readFile = express.raw({ type: () => true, limit: deps.maxMaterialBytes });

	// Public: no token. [G2], [G3]
	router.get('/programmes/:id/public', async (req, res) => {
		noStore(res).json(await programmes.publicView(req.params.id));
	});

	router.get('/programmes/:id/calendar.ics', async (req, res) => {
		const record = await programmes.get(req.params.id);
		const seminars = await programmes.seminars(record.id);
		sendCalendar(req, res, record, seminars, `${slug(record.title)}.ics`);
	});

	router.get('/programmes/:id/seminars/:seminar/calendar.ics', async (req, res) => {
		const record = await programmes.get(req.params.id);
		const seminar = await programmes.seminar(record.id, req.params.seminar);
		sendCalendar(req, res, record, [seminar], `${slug(seminar.title)}.ics`);
	});

	function sendCalendar(
		req: Request,
		res: Response,
		record: ProgrammeRecord,
		seminars: Seminar[],
		name: string,
	): void {
		const text = programmeCalendar(record, seminars, {
			pageUrl: publicProgrammeUrl(base(req), record.id),
			host: req.hostname || 'groundwork',
			now: Date.now(),
		});
		res
			.set('Content-Type', 'text/calendar; charset=utf-8')
			.set('Content-Disposition', attachment(name))
			.set('Cache-Control', 'no-cache')
			.send(text);
	}

	router.get('/programmes/:id/files/:file', async (req, res) => {
		const { file, bytes } = await programmes.file(req.params.id, req.params.file);
		res
			.set('Content-Type', file.type)
			.set('Content-Disposition', attachment(file.name))
			.set('Cache-Control', 'private, max-age=300')
			.send(Buffer.from(bytes));
	});

	router.post(
		'/programmes/:id/registrations',
		registrationRateLimit(deps.registrationsPer10Min),
		readJson,
		async (req, res) => {
			const record = await programmes.get(String(req.params['id']));
			await registrations.register(record, req.body);
			// The same answer for spam: a bot learns nothing from it. [G3]
			noStore(res).status(201).json({ received: true });
		},
	);

	router.post('/passes', readJson, async (req, res) => {
		const { pass } = parse(passRequestSchema, req.body);
		noStore(res).json(await registrations.trade(pass, base(req)));
	});

	// Creating: guarded like board creation in createHttpApp. [G1]
	router.post('/programmes', readJson, async (req, res) => {
		const request = parse(createProgrammeRequestSchema, req.body);
		noStore(res)
			.status(201)
			.json(await programmes.create(request, base(req)));
	});

	// Coordinators. [G1], [G4]-[G9]
	router.get('/programmes/:id', async (req, res) => {
		const record = await coordinator(req);
		noStore(res).json(await programmes.managedView(record, bearerToken(req) ?? '', base(req)));
	});

	router.patch('/programmes/:id', readJson, async (req, res) => {
		const record = await coordinator(req);
		res.json(await programmes.update(record, parse(programmeDetailsSchema, req.body)));
	});

	router.delete('/programmes/:id', async (req, res) => {
		await programmes.remove(await coordinator(req));
		res.status(204).end();
	});

	router.post('/programmes/:id/coordinator-link', async (req, res) => {
		const record = await coordinator(req);
		noStore(res).json(await programmes.rotateCoordinatorLink(record, base(req)));
	});

	router.post('/programmes/:id/seminars', readJson, async (req, res) => {
		const record = await coordinator(req);
		const seminar = parse(seminarRequestSchema, req.body);
		res.status(201).json(await programmes.addSeminar(record, seminar, base(req)));
	});

	router.put('/programmes/:id/seminars/:seminar', readJson, async (req, res) => {
		const record = await coordinator(req);
		const update = parse(seminarUpdateSchema, req.body);
		res.json(await programmes.updateSeminar(record, req.params.seminar, update, base(req)));
	});

	router.delete('/programmes/:id/seminars/:seminar', async (req, res) => {
		await programmes.removeSeminar(await coordinator(req), req.params.seminar);
		res.status(204).end();
	});

	router.post('/programmes/:id/seminars/:seminar/archive', async (req, res) => {
		const record = await coordinator(req);
		const seminar = await programmes.seminar(record.id, req.params.seminar);
		res.json(await deps.archiver.archiveNow(seminar));
	});

	router.post('/programmes/:id/seminars/:seminar/files', async (req, res, next) => {
		// Admitted before the body is read: a stranger's upload is refused unread.
		const record = await coordinator(req);
		const name = fileName(req);
		const seminarId = req.params.seminar;
		readFile(req, res, (error?: unknown) => {
			if (error) {
				next(error);
				return;
			}
			const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
			programmes
				.addFile(record, seminarId, { name, type: req.get('content-type') ?? '', bytes })
				.then((file) => res.status(201).json(file), next);
		});
	});

	router.delete('/programmes/:id/files/:file', async (req, res) => {
		await programmes.removeFile(await coordinator(req), req.params.file);
		res.status(204).end();
	});

	router.get('/programmes/:id/registrations.csv', async (req, res) => {
		const record = await coordinator(req);
		const csv = registrationsToCsv(await registrations.list(record));
		sendCsv(res, csv, `registrations-${slug(record.title)}.csv`);
	});

	router.get('/programmes/:id/registrations/:registration', async (req, res) => {
		const record = await coordinator(req);
		const data = await registrations.exportOne(record, req.params.registration);
		noStore(res)
			.set('Content-Disposition', attachment(`registration-${slug(data.registration.city)}.json`))
			.json(data);
	});

	router.post(
		'/programmes/:id/registrations/:registration/decision',
		readJson,
		async (req, res) => {
			const record = await coordinator(req);
			const { status } = parse(registrationDecisionSchema, req.body);
			noStore(res).json(await registrations.decide(record, req.params.registration, status));
		},
	);

	router.delete('/programmes/:id/registrations/:registration', async (req, res) => {
		await registrations.remove(await coordinator(req), req.params.registration);
		res.status(204).end();
	});

	router.post('/programmes/:id/registrations/:registration/reissue', async (req, res) => {
		const record = await coordinator(req);
		noStore(res).json(await registrations.reissue(record, req.params.registration, base(req)));
	});

	router.get('/programmes/:id/invitations', async (req, res) => {
		const record = await coordinator(req);
		noStore(res).json(await registrations.invitations(record, base(req)));
	});

	router.get('/programmes/:id/invitations.csv', async (req, res) => {
		const record = await coordinator(req);
		const [invitations, seminars] = await Promise.all([
			registrations.invitations(record, base(req)),
			programmes.seminars(record.id),
		]);
		sendCsv(res, invitationsToCsv(invitations, seminars), `invitations-${slug(record.title)}.csv`);
	});

	router.put('/programmes/:id/attendance', readJson, async (req, res) => {
		const record = await coordinator(req);
		await registrations.setAttendance(record, parse(attendanceRequestSchema, req.body));
		res.status(204).end();
	});

	router.get('/programmes/:id/journey.csv', async (req, res) => {
		const record = await coordinator(req);
		const view = await journeys.view(record, { kind: 'coordinator' }, base(req));
		sendCsv(res, journeyToCsv(view), `journey-${slug(record.title)}.csv`);
	});

	router.get('/programmes/:id/journey', async (req, res) => {
		const token = bearerToken(req);
		let record: ProgrammeRecord;
		let viewer: JourneyViewer;
		if (token?.startsWith('p1.')) {
			record = await coordinator(req);
			viewer = { kind: 'coordinator' };
		} else {
			// A city's own board token: its journey only. [G8]
			const caller = await admitCaller(deps.access, token);
			record = await programmes.get(req.params.id);
			const city = await journeys.cityOfBoard(record.id, caller.board.id);
			if (!city) {
				throw new ProgrammeError(
					403,
					'not_member',
					'Your board is not a city board of this programme.',
				);
			}
			viewer = { kind: 'city', boardId: caller.board.id, token: token ?? '' };
		}
		noStore(res).json(await journeys.view(record, viewer, base(req)));
	});

	router.use(programmeErrors);
	return router;
}

/** A file name's readable part: `NetZero Cities 2027` → `netzero-cities-2027`. */
function slug(text: string): string {
	const cleaned = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return cleaned.slice(0, 60) || 'programme';
}

/** A CSV download, with a byte order mark so spreadsheets read it as UTF-8. */
function sendCsv(res: Response, csv: string, name: string): void {
	noStore(res)
		.set('Content-Type', 'text/csv; charset=utf-8')
		.set('Content-Disposition', attachment(name))
		.send(`\ufeff${csv}`);
}
