/** The pure parts of a soak's verdict: comparisons, edit accounting, the memory rule, the table. */

/** JSON with every object's keys sorted: a Y.Map's key order differs between replicas. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, entry: unknown) =>
		entry && typeof entry === 'object' && !Array.isArray(entry)
			? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1)))
			: entry,
	);
}

/** One local change of a writer: its client id and its clock once the change was made. */
export interface EditRecord {
	clientId: number;
	/** `Y.getState` of the writer's own client after the change (its structs end below it). */
	clock: number;
}

export interface EditCount {
	made: number;
	/** The server accepted them: a writer that stayed connected received them. */
	acknowledged: number;
	/** In the document loaded from storage after every board was evicted. */
	present: number;
	/** Acknowledged but not in storage: lost after the server accepted them (must be 0). */
	lost: number;
	/** Never acknowledged: in flight when their writer's socket was cut (allowed). */
	unacknowledged: number;
}

/**
 * Counts edits against two state vectors: `acknowledged` (what a writer that stayed connected
 * had received by the end) and `stored` (what a fresh client got from storage).
 */
export function countEdits(
	edits: readonly EditRecord[],
	acknowledged: ReadonlyMap<number, number>,
	stored: ReadonlyMap<number, number>,
): EditCount {
	const count: EditCount = { made: 0, acknowledged: 0, present: 0, lost: 0, unacknowledged: 0 };
	for (const edit of edits) {
		count.made++;
		const acked = (acknowledged.get(edit.clientId) ?? 0) >= edit.clock;
		const present = (stored.get(edit.clientId) ?? 0) >= edit.clock;
		if (acked) count.acknowledged++;
		else count.unacknowledged++;
		if (present) count.present++;
		if (acked && !present) count.lost++;
	}
	return count;
}

/** Adds counts up. */
export function sumCounts(counts: readonly EditCount[]): EditCount {
	const total: EditCount = { made: 0, acknowledged: 0, present: 0, lost: 0, unacknowledged: 0 };
	for (const count of counts) {
		for (const key of Object.keys(total) as (keyof EditCount)[]) total[key] += count[key];
	}
	return total;
}

/** The memory rule: after every board left memory, the heap is within `tolerance` of warm-up. */
export function memoryVerdict(
	warmUpBytes: number,
	endBytes: number,
	tolerance = 0.1,
): { ok: boolean; change: number } {
	const change = (endBytes - warmUpBytes) / warmUpBytes;
	return { ok: endBytes <= warmUpBytes * (1 + tolerance), change };
}

export const mb = (bytes: number | undefined): string =>
	bytes === undefined ? '-' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A two-column table as fixed-width text. */
export function formatTable(rows: readonly (readonly [string, string])[]): string {
	const width = Math.max(...rows.map(([name]) => name.length));
	const valueWidth = Math.max(...rows.map(([, value]) => value.length));
	const rule = `${'-'.repeat(width + 2)}+${'-'.repeat(valueWidth + 2)}`;
	return [rule, ...rows.map(([name, value]) => ` ${name.padEnd(width)} | ${value}`), rule].join(
		'\n',
	);
}
