import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Key of the token secret shared by every instance on one Redis (when SECRET is not set). */
export const SECRET_KEY = 'gw:secret';

/**
 * The token secret kept in Redis, created once with SET NX, so every instance signs and
 * verifies with the same key without configuration. [T1]
 */
export async function loadOrCreateRedisSecret(redis: Redis): Promise<string> {
	await redis.set(SECRET_KEY, randomBytes(32).toString('base64url'), 'NX');
	const secret = await redis.get(SECRET_KEY);
	if (!secret) throw new Error(`Redis key ${SECRET_KEY} is empty; delete it to create a new one`);
	return secret;
}
