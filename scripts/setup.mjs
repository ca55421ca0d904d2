// Set-up shared by `npm start` and `npm test`: Node built-ins only, so it runs before any install.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repository root, inheriting stdio; exits the process when it fails. */
export function run(command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
	if (result.status !== 0) {
		console.error(
			`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`,
		);
		process.exit(result.status ?? 1);
	}
}

function mtime(file) {
	try {
		return fs.statSync(file).mtimeMs;
	} catch {
		return 0;
	}
}

/** Newest modification time of any file below `dir` (skipping node_modules and dist). */
export function newest(...paths) {
	let best = 0;
	for (const p of paths) {
		const full = path.join(root, p);
		const stat = fs.statSync(full, { throwIfNoEntry: false });
		if (!stat) continue;
		if (!stat.isDirectory()) {
			best = Math.max(best, stat.mtimeMs);
			continue;
		}
		for (const entry of fs.readdirSync(full, { withFileTypes: true, recursive: true })) {
			if (!entry.isFile()) continue;
			const file = path.join(entry.parentPath, entry.name);
			if (file.includes('node_modules') || file.includes(`${path.sep}dist${path.sep}`)) continue;
			best = Math.max(best, mtime(file));
		}
	}
	return best;
}

/** Installs npm dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
	const marker = path.join(root, 'node_modules/.package-lock.json');
	if (mtime(marker) >= mtime(path.join(root, 'package-lock.json'))) return;
	console.log('• Installing dependencies (npm install)…');
	run('npm', ['install', '--no-audit', '--no-fund']);
}

/** Builds server and client when their outputs are missing or older than their sources. */
export function ensureBuilt() {
	const sources = newest(
		'protocol/src',
		'server/src',
		'client/src',
		'client/index.html',
		'client/vite.config.ts',
		'package-lock.json',
	);
	const outputs = Math.min(
		mtime(path.join(root, 'server/dist/main.js')),
		mtime(path.join(root, 'client/dist/index.html')),
	);
	if (outputs >= sources) return;
	console.log('• Building (npm run build)…');
	run('npm', ['run', 'build']);
}

/** True when `command` is on the PATH. */
export function hasCommand(command) {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/**
 * Installs Debian packages when a command is missing: with apt-get as root, else exits with the
 * one command to run.
 */
export function ensureDebianPackage(command, pkg, fallbackPath) {
	if (hasCommand(command) || (fallbackPath && fs.existsSync(fallbackPath))) return;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !hasCommand('apt-get')) {
		console.error(
			`\n✖ ${command} is missing. Install it with:\n\n    sudo apt-get install -y ${pkg}\n`,
		);
		process.exit(1);
	}
	console.log(`• Installing ${pkg} (apt-get)…`);
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}
