import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { BoardCreated, Draft, SessionCommand } from '@groundwork/protocol';
import { joinSession, type FacilitationClient as Client } from '../support/facilitationClient.js';
import { cardTexts, connectClient } from '../support/syncClient.js';
import { startTestServer } from '../support/testServer.js';
import { closeAfterEach } from '../support/testResources.js';
import { waitFor } from '../support/waitFor.js';

const SECRET_IDEA = 'A district heating cooperative run by the school';

const { clients, syncClients, servers } = closeAfterEach();

async function setUp() {
	const srv = await startTestServer();
	servers.push(srv);
	const board: BoardCreated = await srv.createBoard();
	const join = (role: keyof BoardCreated['tokens'], key: string, name: string, city: string) =>
		joinSession(
			srv.httpUrl,
			{ boardId: board.id, token: board.tokens[role], key, name, city },
			name,
			(client) => clients.push(client),
		);
	const facilitator = await join('facilitator', 'facilitator-key-01', 'Fia', 'Brussels');
	const alice = await join('participant', 'alice-key-0000001', 'Alice', 'Lisbon');
	const bruno = await join('participant', 'bruno-key-0000002', 'Bruno', 'Aarhus');
	const witness = connectClient(srv.syncUrl, board.id, board.tokens.viewer);
	syncClients.push(witness);
	await witness.synced();
	return { srv, board, facilitator, alice, bruno, witness };
}

async function accepted(client: Client, command: SessionCommand): Promise<void> {
	expect(await client.command(command), command.type).toEqual({ ok: true });
}

const idea = (id: string, text: string): SessionCommand => ({
	type: 'private.add',
	id,
	kind: 'action',
	text,
	column: 'planning',
	row: 'energy',
});

describe('private brainstorming [F10]', () => {
	it('[F10] ideas reach only their author until the reveal, then everyone at once as cards', async () => {
		const { facilitator, alice, bruno, witness } = await setUp();
		expect(await alice.command(idea('a1', SECRET_IDEA))).toMatchObject({
			ok: false,
			code: 'invalid',
		});
		expect(await alice.command({ type: 'private.start' })).toMatchObject({ code: 'forbidden' });
		await accepted(facilitator, { type: 'private.start' });
		await waitFor(() => alice.state().privateMode && bruno.state().privateMode);

		await accepted(alice, idea('a1', 'draft'));
		await accepted(alice, { type: 'private.edit', id: 'a1', text: SECRET_IDEA });
		await accepted(bruno, idea('b1', 'Shared e-bikes for council staff'));
		await waitFor(() => facilitator.state().privateIdeas === 2, { message: 'the idea count' });
		const aliceDrafts = await waitFor(() =>
			alice.received<Draft[]>('session:drafts').find((list) => list[0]?.text === SECRET_IDEA),
		);
		expect(aliceDrafts).toEqual([
			{ id: 'a1', kind: 'action', text: SECRET_IDEA, column: 'planning', row: 'energy' },
		]);
		// Bruno cannot touch Alice's idea, and nothing of it reached him, the facilitator or the
		// board's document.
		expect(await bruno.command({ type: 'private.delete', id: 'a1' })).toMatchObject({
			ok: false,
		});
		for (const other of [bruno, facilitator]) {
			expect(JSON.stringify(other.events)).not.toContain(SECRET_IDEA);
		}
		expect(Object.values(cardTexts(witness.doc))).not.toContain(SECRET_IDEA);

		await accepted(facilitator, { type: 'private.reveal' });
		await waitFor(() => Object.values(cardTexts(witness.doc)).includes(SECRET_IDEA), {
			message: 'the revealed idea on the board',
		});
		expect(Object.values(cardTexts(witness.doc)).sort()).toEqual(
			[SECRET_IDEA, 'Shared e-bikes for council staff'].sort(),
		);
		const card = [...witness.doc.getMap<Y.Map<unknown>>('cards').values()].find(
			(entry) => String(entry.get('text')) === SECRET_IDEA,
		);
		expect(card?.get('createdBy')).toBe('Alice');
		expect(card?.get('city')).toBe('Lisbon');
		expect(card?.get('stage')).toBe('planning');
		expect(card?.get('sector')).toBe('energy');
		await waitFor(() => !alice.state().privateMode && alice.state().privateIdeas === 0);
		expect(alice.received<Draft[]>('session:drafts').at(-1)).toEqual([]);
	});

	it('[F10] an author who reconnects gets their ideas back', async () => {
		const { srv, board, facilitator, alice } = await setUp();
		await accepted(facilitator, { type: 'private.start' });
		await accepted(alice, idea('a1', SECRET_IDEA));
		alice.close();
		const again = await joinSession(
			srv.httpUrl,
			{ boardId: board.id, token: board.tokens.participant, key: 'alice-key-0000001' },
			'Alice again',
			(client) => clients.push(client),
		);
		const drafts = await waitFor(() => again.received<Draft[]>('session:drafts').at(-1));
		expect(drafts?.map((draft) => draft.text)).toEqual([SECRET_IDEA]);
	});
});
