// `npm start`: install what is missing, build what is stale, then run the server.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ensureDependencies, root } from './setup.mjs';

ensureDependencies();
ensureBuilt();

const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
	cwd: root,
	stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
