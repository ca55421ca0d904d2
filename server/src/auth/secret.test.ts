import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateSecret } from './secret.js';
import { signToken, verifyToken } from './tokens.js';

let dir: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-secret-'));
});

afterEach(() => {
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadOrCreateSecret', () => {
	it('[T1] creates DATA_DIR/secret once, mode 0600, from 32 random bytes', () => {
		const secret = loadOrCreateSecret(dir, undefined);
		const file = path.join(dir, 'secret');
		expect(fs.existsSync(file)).toBe(true);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(fs.readFileSync(file, 'utf8')).toBe(secret);
		expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
	});

	it('[T1] returns the same secret on the next call, so links stay valid across restarts', () => {
		const first = loadOrCreateSecret(dir, undefined);
		const mtime = fs.statSync(path.join(dir, 'secret')).mtimeMs;
		const second = loadOrCreateSecret(dir, undefined);
		expect(second).toBe(first);
		expect(fs.statSync(path.join(dir, 'secret')).mtimeMs).toBe(mtime);
		const token = signToken({ boardId: 'board-0001', role: 'viewer', expiresAt: 2e12 }, first);
		expect(verifyToken(token, 'board-0001', second, 1e12).ok).toBe(true);
	});

	it('[T1] different data directories get different secrets', () => {
		const other = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-secret-'));
		try {
			expect(loadOrCreateSecret(other, undefined)).not.toBe(loadOrCreateSecret(dir, undefined));
		} finally {
			fs.rmSync(other, { recursive: true, force: true });
		}
	});

	it('[T1] creates a missing data directory', () => {
		const nested = path.join(dir, 'a', 'b');
		const secret = loadOrCreateSecret(nested, undefined);
		expect(fs.readFileSync(path.join(nested, 'secret'), 'utf8')).toBe(secret);
	});

	it('[T1] reads an existing secret file, ignoring surrounding whitespace', () => {
		fs.writeFileSync(path.join(dir, 'secret'), '  kept-from-before-0123456789\n');
		expect(loadOrCreateSecret(dir, undefined)).toBe('kept-from-before-0123456789');
	});

	it('[T1] the configured secret wins and the data directory is left alone', () => {
		expect(loadOrCreateSecret(dir, 'configured-secret-0123456789')).toBe(
			'configured-secret-0123456789',
		);
		expect(fs.existsSync(path.join(dir, 'secret'))).toBe(false);

		const stored = loadOrCreateSecret(dir, undefined);
		expect(loadOrCreateSecret(dir, 'configured-secret-0123456789')).toBe(
			'configured-secret-0123456789',
		);
		expect(loadOrCreateSecret(dir, undefined)).toBe(stored);
	});

	it('[T1] an empty secret file is refused rather than used as an empty HMAC key', () => {
		// e.g. left by a crash between creating and writing the file, or read by a second
		// process in that window: an empty key would make every token forgeable.
		fs.writeFileSync(path.join(dir, 'secret'), '\n', { mode: 0o600 });
		expect(() => loadOrCreateSecret(dir, undefined)).toThrow(/secret/);
	});
});
