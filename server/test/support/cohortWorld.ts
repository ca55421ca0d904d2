import * as Y from 'yjs';
import {
	createGapMap,
	gapLinkId,
	gapsMap,
	linksMap,
	type BoardCreated,
	type CohortView,
	type GapFieldValues,
	type Role,
} from '@groundwork/protocol';
import { connectClient, type SyncClient } from './syncClient.js';
import type { TestServer } from './testServer.js';

/** An HTTP answer: status and parsed body (and the raw text, to search for leaks). */
export interface Answer<T> {
	status: number;
	body: T;
	text: string;
}

/** Calls the API with a board token. */
export async function call<T>(
	srv: TestServer,
	token: string | undefined,
	method: string,
	path: string,
	body?: unknown,
): Promise<Answer<T>> {
	const res = await fetch(`${srv.httpUrl}${path}`, {
		method,
		headers: {
			...(token ? { authorization: `Bearer ${token}` } : {}),
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
	});
	const text = await res.text();
	return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, text };
}

/** One city of the test cohort: its board and a way to edit it live. */
export interface TestCity {
	name: string;
	board: BoardCreated;
	token(role: Role): string;
	/** A y-websocket client on the board as a participant (connected on first use). */
	edit(): Promise<Y.Doc>;
}

/** A cohort of a seminar board and three city boards, all joined by invitation. */
export interface TestCohort {
	id: string;
	seminar: BoardCreated;
	split: TestCity;
	tartu: TestCity;
	lisbon: TestCity;
}

/**
 * Makes a cohort on `srv`: the seminar board's facilitator creates it, then Split, Tartu and
 * Lisbon join with its invitation link. Sync clients opened go into `clients`.
 */
export async function makeCohort(srv: TestServer, clients: SyncClient[]): Promise<TestCohort> {
	const seminar = await srv.createBoard('Planning seminar');
	const created = await call<CohortView>(srv, seminar.tokens.facilitator, 'POST', '/api/cohorts', {
		title: 'Adriatic–Baltic cohort',
		kind: 'seminar',
	});
	if (created.status !== 201) throw new Error(`create cohort: ${created.text}`);
	const id = created.body.id;
	const invitation = await call<{ invite: string }>(
		srv,
		seminar.tokens.facilitator,
		'GET',
		`/api/cohorts/${id}/invitation`,
	);
	const city = async (name: string, country: string): Promise<TestCity> => {
		const board = await srv.createBoard(`${name} roadmap`);
		const joined = await call(srv, board.tokens.facilitator, 'POST', '/api/cohorts/join', {
			invite: invitation.body.invite,
			kind: 'city',
			member: { city: name, country, population: '50k_100k' },
		});
		if (joined.status !== 200) throw new Error(`join ${name}: ${joined.text}`);
		let client: SyncClient | undefined;
		return {
			name,
			board,
			token: (role) => board.tokens[role],
			edit: async () => {
				if (!client) {
					client = connectClient(srv.syncUrl, board.id, board.tokens.participant);
					clients.push(client);
					await client.synced();
				}
				return client.doc;
			},
		};
	};
	return {
		id,
		seminar,
		split: await city('Split', 'HR'),
		tartu: await city('Tartu', 'EE'),
		lisbon: await city('Lisbon', 'PT'),
	};
}

let gapCounter = 0;

/** Adds a gap with these fields to a board document; returns its id. */
export function addGap(doc: Y.Doc, city: string, values: GapFieldValues): string {
	const id = `gap-${++gapCounter}-${doc.clientID}`;
	gapsMap(doc).set(
		id,
		createGapMap({ id, values, city, createdBy: 'Test', createdAt: Date.now(), order: gapCounter }),
	);
	return id;
}

/** Links a card to a gap as an action that addresses it. */
export function addressGap(doc: Y.Doc, cardId: string, gapId: string): void {
	const link = new Y.Map<unknown>();
	const id = gapLinkId(cardId, gapId);
	link.set('id', id);
	link.set('from', cardId);
	link.set('to', gapId);
	link.set('relation', 'addresses');
	linksMap(doc).set(id, link);
}
