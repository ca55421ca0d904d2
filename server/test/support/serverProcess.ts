import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET } from './testServer.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The real `main.ts` in a child process, so a test can kill it with SIGKILL. */
export interface ServerProcess {
	child: ChildProcess;
	httpUrl: string;
	syncUrl: string;
	/** Resolves when the process has exited. */
	exited: Promise<number | null>;
}

/** Starts `server/src/main.ts` (through tsx) on a free port with `dataDir`. */
export async function startServerProcess(
	dataDir: string,
	extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
	const child = spawn(
		process.execPath,
		['--conditions=source', '--import', 'tsx', path.join(serverRoot, 'src/main.ts')],
		{
			cwd: serverRoot,
			env: {
				...process.env,
				PORT: '0',
				DATA_DIR: dataDir,
				SECRET: TEST_SECRET,
				LOG_LEVEL: 'warn',
				// Like startTestServer: tests drive many clients from one address.
				RATE_LIMIT_BOARDS_PER_10_MIN: '0',
				RATE_LIMIT_API_PER_MIN: '0',
				RATE_LIMIT_CONNECTIONS_PER_MIN: '0',
				RATE_LIMIT_SYNC_MESSAGES_PER_SEC: '0',
				RATE_LIMIT_SYNC_BYTES_PER_SEC: '0',
				...extraEnv,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code)),
	);
	let output = '';
	const httpUrl = await new Promise<string>((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			const match = /Groundwork is running at (http:\/\/\S+)/.exec(output);
			if (match?.[1]) resolve(match[1]);
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		void exited.then((code) =>
			reject(new Error(`server exited (${code}) before listening:\n${output}`)),
		);
	});
	return { child, httpUrl, syncUrl: `${httpUrl.replace(/^http/, 'ws')}/sync`, exited };
}
