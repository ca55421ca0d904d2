import { STAGES, type StageId } from '../domain/stages.js';
import type { BoardDigest } from '../cohort/boardDigest.js';

/**
 * Each city's journey through a programme (issue 11): the seminars of each stage it attended,
 * its roadmap's actions and gaps, and the stage it has reached. Built from the programme's
 * seminars and each city's board (read as a `BoardDigest`).
 */

/** A seminar as the journey counts it. */
export interface JourneySeminar {
	id: string;
	stage: StageId;
	/** Epoch ms of its start: only seminars that have started count as missed. */
	start: number;
	/** The cities that attended. */
	attended: readonly string[];
}

/** One city's journey. */
export interface CityJourney {
	city: string;
	/** Per stage: seminars held so far, and how many of them the city attended. */
	stages: Record<StageId, { held: number; attended: number }>;
	actions: { planned: number; inProgress: number; completed: number };
	gaps: { open: number; resolved: number };
	/**
	 * The furthest stage the city has reached: the last stage with an attended seminar or a
	 * started or completed action; null before any.
	 */
	reached: StageId | null;
}

function emptyStages(): CityJourney['stages'] {
	return Object.fromEntries(
		STAGES.map((stage) => [stage, { held: 0, attended: 0 }]),
	) as CityJourney['stages'];
}

/** The journey of `city`, at time `now`. */
export function cityJourney(
	city: string,
	seminars: readonly JourneySeminar[],
	board: BoardDigest | undefined,
	now: number,
): CityJourney {
	const stages = emptyStages();
	let reached = -1;
	for (const seminar of seminars) {
		if (seminar.start > now) continue;
		const entry = stages[seminar.stage];
		entry.held++;
		if (seminar.attended.includes(city)) {
			entry.attended++;
			reached = Math.max(reached, STAGES.indexOf(seminar.stage));
		}
	}
	const actions = { planned: 0, inProgress: 0, completed: 0 };
	for (const card of board?.cards ?? []) {
		if (card.kind !== 'action') continue;
		if (card.status === 'planned') actions.planned++;
		else if (card.status === 'in_progress') actions.inProgress++;
		else if (card.status === 'completed') actions.completed++;
		else continue;
		if (card.status !== 'planned' && card.stage) {
			reached = Math.max(reached, STAGES.indexOf(card.stage as StageId));
		}
	}
	const gaps = { open: 0, resolved: 0 };
	for (const gap of board?.gaps ?? []) {
		if (gap.status === 'resolved') gaps.resolved++;
		else if (gap.status !== 'parked') gaps.open++;
	}
	return { city, stages, actions, gaps, reached: reached >= 0 ? (STAGES[reached] ?? null) : null };
}

/** What the cohort achieved together: the cities' actions and gaps summed. */
export function cohortTotals(
	journeys: readonly CityJourney[],
): Pick<CityJourney, 'actions' | 'gaps'> {
	const totals = {
		actions: { planned: 0, inProgress: 0, completed: 0 },
		gaps: { open: 0, resolved: 0 },
	};
	for (const journey of journeys) {
		totals.actions.planned += journey.actions.planned;
		totals.actions.inProgress += journey.actions.inProgress;
		totals.actions.completed += journey.actions.completed;
		totals.gaps.open += journey.gaps.open;
		totals.gaps.resolved += journey.gaps.resolved;
	}
	return totals;
}
