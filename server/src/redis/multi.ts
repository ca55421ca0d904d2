/** Small helpers shared by the Redis stores. */

/** The replies of a MULTI; rejects when it was aborted or one of its commands failed. */
export function replies(results: [Error | null, unknown][] | null): unknown[] {
	if (!results) throw new Error('Redis transaction aborted');
	return results.map(([error, reply]) => {
		if (error) throw error;
		return reply;
	});
}

/** A stored JSON value, read back as what was written. */
export function parse<T>(json: string): T {
	return JSON.parse(json) as T;
}
