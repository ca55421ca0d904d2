import {
	decodeAwarenessUpdate,
	encodeAwarenessUpdate,
	parsePresenceState,
	type AwarenessEntry,
	type Role,
} from '@groundwork/protocol';

/** The result of checking one client's awareness update. */
export type PresenceCheck =
	{ ok: true; update: Uint8Array; entries: AwarenessEntry[] } | { ok: false; reason: string };

/**
 * Validates an awareness update from a peer and rewrites it so it can be trusted: each state
 * must match the presence schema, `user.role` is replaced by the peer's authenticated role, and
 * entries for client ids that belong to another connection are dropped. [P1]-[P3]
 */
export function checkPresenceUpdate(
	update: Uint8Array,
	role: Role,
	isOwnedByOther: (clientId: number) => boolean,
): PresenceCheck {
	let entries: AwarenessEntry[];
	try {
		entries = decodeAwarenessUpdate(update);
	} catch (error) {
		return { ok: false, reason: `bad awareness update: ${(error as Error).message}` };
	}
	const kept: AwarenessEntry[] = [];
	for (const entry of entries) {
		if (isOwnedByOther(entry.clientId)) continue;
		const parsed = parsePresenceState(entry.state);
		if (!parsed.ok) return { ok: false, reason: `bad presence state: ${parsed.reason}` };
		const user = parsed.state?.user;
		const state =
			parsed.state && (user ? { ...parsed.state, user: { ...user, role } } : parsed.state);
		kept.push({ clientId: entry.clientId, clock: entry.clock, state });
	}
	return { ok: true, update: encodeAwarenessUpdate(kept), entries: kept };
}
