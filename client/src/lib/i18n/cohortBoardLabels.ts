import type {
	Difficulty,
	EvidenceLevel,
	PopulationBand,
	PracticeContent,
	ReplicationStatus,
} from '@groundwork/protocol';
import { t } from './i18n.js';

/** Display names of the cohort's and the library's values, on the board side (issue 8). */

/** A population band ("20,000 to 50,000 inhabitants"). */
export function populationLabel(band: PopulationBand): string {
	return t(`cohortBoard.population.${band}`);
}

/** How well a practice's results are backed ("Peer-reviewed"). */
export function evidenceLevelLabel(level: EvidenceLevel): string {
	return t(`cohortBoard.evidence.${level}`);
}

/** How hard a practice is to transfer ("Medium"). */
export function difficultyLabel(difficulty: Difficulty): string {
	return t(`cohortBoard.difficulty.${difficulty}`);
}

/** How far a city got with a copied practice ("Adapting it"). */
export function replicationLabel(status: ReplicationStatus): string {
	return t(`cohortBoard.replication.${status}`);
}

/** Where a practice comes from: "From Split, Croatia" (or "From Split" without a country). */
export function originLabel(origin: PracticeContent['origin']): string {
	return origin.country
		? t('cohortBoard.originCountry', { city: origin.city, country: origin.country })
		: t('cohortBoard.origin', { city: origin.city });
}
