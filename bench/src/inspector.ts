import WebSocket from 'ws';

/**
 * Talks to a server started with `--inspect=127.0.0.1:<port>` over the DevTools protocol on
 * loopback: forces a full garbage collection, then reads the V8 heap in use. Both servers are
 * measured the same way, so heap-per-board is comparable (RSS also counts freed pages V8 keeps).
 */
export async function heapUsedAfterGc(inspectPort: number): Promise<number> {
	const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as {
		webSocketDebuggerUrl?: string;
	}[];
	const url = targets[0]?.webSocketDebuggerUrl;
	if (!url) throw new Error('no inspector target');
	const ws = new WebSocket(url, { perMessageDeflate: false });
	await new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('error', reject);
	});
	let nextId = 1;
	const pending = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
	ws.on('message', (data: Buffer) => {
		const reply = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: unknown };
		if (reply.id !== undefined) pending.get(reply.id)?.(reply);
	});
	const call = (method: string): Promise<unknown> =>
		new Promise((resolve, reject) => {
			const id = nextId++;
			const timer = setTimeout(() => reject(new Error(`${method} timed out`)), 30_000);
			pending.set(id, (reply) => {
				clearTimeout(timer);
				pending.delete(id);
				if (reply.error) reject(new Error(`${method}: ${JSON.stringify(reply.error)}`));
				else resolve(reply.result);
			});
			ws.send(JSON.stringify({ id, method }));
		});
	try {
		// Twice: the first pass can leave objects that only the second finds unreachable.
		await call('HeapProfiler.collectGarbage');
		await call('HeapProfiler.collectGarbage');
		const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
		return usage.usedSize;
	} finally {
		ws.close();
	}
}
