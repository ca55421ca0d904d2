import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SECRET_FILE = 'secret';

/** Reads the secret file; an empty one is refused, never used as an empty HMAC key. */
function readSecret(file: string): string {
	const secret = fs.readFileSync(file, 'utf8').trim();
	if (!secret) {
		throw new Error(`The token secret file ${file} is empty; delete it to create a new one`);
	}
	return secret;
}

/**
 * The token secret: `configured` when given, else the one kept in `dataDir/secret`, created
 * (32 random bytes, mode 0600) on first use so links stay valid across restarts. [T1]
 */
export function loadOrCreateSecret(dataDir: string, configured: string | undefined): string {
	if (configured) return configured;
	const file = path.join(dataDir, SECRET_FILE);
	fs.mkdirSync(dataDir, { recursive: true });
	try {
		return readSecret(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	// Written to a temp file, then linked into place: the secret file is never seen half written,
	// and when two processes race, the first link wins and both use its secret.
	const secret = randomBytes(32).toString('base64url');
	const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	fs.writeFileSync(temp, secret, { mode: 0o600 });
	try {
		fs.linkSync(temp, file);
		return secret;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readSecret(file);
		throw error;
	} finally {
		fs.rmSync(temp, { force: true });
	}
}
