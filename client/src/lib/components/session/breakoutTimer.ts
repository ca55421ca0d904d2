import type { Breakouts, TimerState } from '@groundwork/protocol';

/**
 * The breakout rooms' timer as a shared timer (`SessionTimer` shows it): running from the start
 * of the breakouts until `endsAt`, or idle when no timer was set. [F3] [F9]
 */
export function breakoutTimer(breakouts: Breakouts | null): TimerState {
	if (!breakouts || breakouts.endsAt === null) return { status: 'idle' };
	return {
		status: 'running',
		durationMs: Math.max(0, breakouts.endsAt - breakouts.startedAt),
		endsAt: breakouts.endsAt,
	};
}
