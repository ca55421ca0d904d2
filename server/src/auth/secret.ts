import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SECRET_FILE = 'secret';

/**
 * The token secret: `configured` when given, else the one kept in `dataDir/secret`, created
 * (32 random bytes, mode 0600) on first use so links stay valid across restarts. [T1]
 */
export function loadOrCreateSecret(dataDir: string, configured: string | undefined): string {
	if (configured) return configured;
	const file = path.join(dataDir, SECRET_FILE);
	fs.mkdirSync(dataDir, { recursive: true });
	try {
		return fs.readFileSync(file, 'utf8').trim();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const secret = randomBytes(32).toString('base64url');
	try {
		fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
		return secret;
	} catch (error) {
		// Another process created it first: use theirs.
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			return fs.readFileSync(file, 'utf8').trim();
		}
		throw error;
	}
}
