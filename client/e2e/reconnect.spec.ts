import { expect, test, type WebSocketRoute } from '@playwright/test';
import { addCard, cardFrom, createBoardViaApi, joinBoard, newPerson } from './support/board.js';

test('edits made while reconnecting are kept and sent when the connection returns', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Flaky network');
	const lisbon = await newPerson(browser);
	const aarhus = await newPerson(browser);

	// Lisbon's board connection goes through a switch the test can open and close.
	let online = true;
	const open = new Set<WebSocketRoute>();
	await lisbon.routeWebSocket(/\/sync\//, (ws) => {
		if (!online) {
			void ws.close({ code: 1006, reason: 'network down' });
			return;
		}
		ws.connectToServer();
		open.add(ws);
	});

	await joinBoard(lisbon, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(aarhus, board.links.participant, 'Mette', 'Aarhus');

	online = false;
	for (const ws of open) await ws.close({ code: 1006, reason: 'network down' });
	await expect(lisbon.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible();

	const offlineText = 'Written while the network was down';
	await addCard(
		lisbon,
		{ stage: 'Localisation', sector: 'Waste & circular economy' },
		offlineText,
		{
			city: 'Lisbon',
		},
	);
	await expect(cardFrom(aarhus, 'Action', 'Lisbon')).toHaveCount(0);

	online = true;
	await expect(lisbon.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible({
		timeout: 15_000,
	});
	const arrived = cardFrom(aarhus, 'Action', 'Lisbon');
	await expect(arrived.getByRole('textbox', { name: 'Card text' })).toHaveValue(offlineText);
});
