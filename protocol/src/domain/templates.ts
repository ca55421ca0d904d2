import { STAGES, type StageId } from './stages.js';
import { SECTORS, type SectorId } from './sectors.js';
import { CARD_KINDS, type CardKind } from './cardKinds.js';

/** Ids of the templates a board can be created from. */
export const TEMPLATE_IDS = ['netzero-roadmap'] as const;

/** A template id. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The structure a template gives a board: columns, rows and the card kinds offered. */
export interface Template {
	readonly id: TemplateId;
	readonly columns: readonly StageId[];
	readonly rows: readonly SectorId[];
	readonly cardKinds: readonly CardKind[];
}

/** Every template, by id. */
export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
	'netzero-roadmap': {
		id: 'netzero-roadmap',
		columns: STAGES,
		rows: SECTORS,
		cardKinds: CARD_KINDS,
	},
};

/** True when `value` is a known template id. */
export function isTemplateId(value: unknown): value is TemplateId {
	return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}
