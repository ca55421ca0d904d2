import { STAGES } from './stages.js';
import { SECTORS } from './sectors.js';
import { CARD_KINDS, type CardKind } from './cardKinds.js';

/** Ids of the templates a board can be created from (DOMAIN.md, "Templates"). */
export const TEMPLATE_IDS = [
	'netzero-roadmap',
	'problem-tree',
	'stakeholder-map',
	'backcasting-timeline',
	'impact-feasibility',
] as const;

/** A template id. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * The structure a template gives a board: its columns and rows (band ids, in order), the card
 * kinds it offers, which card keys hold a card's column and row, and the sizes its bands start
 * with. The roadmap's columns are its stages and its rows its sectors, so a roadmap card's cell
 * is its `stage` and `sector`; the other templates' cards hold their cell in `column` and `row`.
 * Band labels live in the client's catalog (`stage.*`, `sector.*`, `band.*`). [D3] [D9]
 */
export interface Template {
	readonly id: TemplateId;
	readonly columns: readonly string[];
	readonly rows: readonly string[];
	readonly cardKinds: readonly CardKind[];
	readonly cellKeys: { readonly column: 'stage' | 'column'; readonly row: 'sector' | 'row' };
	/** Catalog prefixes of the band labels. */
	readonly labels: { readonly column: 'stage' | 'band'; readonly row: 'sector' | 'band' };
	/** Band sizes written at creation (`layout` keys, board units); others get the default. */
	readonly bandSizes: Readonly<Record<string, number>>;
}

const GENERIC = {
	cellKeys: { column: 'column', row: 'row' },
	labels: { column: 'band', row: 'band' },
} as const;

/** Every template, by id. */
export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
	'netzero-roadmap': {
		id: 'netzero-roadmap',
		columns: STAGES,
		rows: SECTORS,
		cardKinds: CARD_KINDS,
		cellKeys: { column: 'stage', row: 'sector' },
		labels: { column: 'stage', row: 'sector' },
		bandSizes: {},
	},
	// The core problem in the middle, its causes below as roots, its effects above as branches.
	'problem-tree': {
		id: 'problem-tree',
		columns: ['tree'],
		rows: ['effects', 'core-problem', 'causes'],
		cardKinds: ['barrier', 'note', 'action'],
		...GENERIC,
		bandSizes: {
			'column:tree': 1528,
			'row:effects': 448,
			'row:core-problem': 304,
			'row:causes': 448,
		},
	},
	// Importance (rows, high first) against influence (columns, low first).
	'stakeholder-map': {
		id: 'stakeholder-map',
		columns: ['low-influence', 'high-influence'],
		rows: ['high-importance', 'low-importance'],
		cardKinds: ['note', 'action'],
		...GENERIC,
		bandSizes: {},
	},
	// Today on the left, the 2050 vision on the right; milestones are placed back from it.
	'backcasting-timeline': {
		id: 'backcasting-timeline',
		columns: ['today', 'by-2030', 'by-2040', 'vision-2050'],
		rows: ['vision', 'milestones', 'actions'],
		cardKinds: ['milestone', 'action', 'success', 'note'],
		...GENERIC,
		bandSizes: {},
	},
	// Impact (rows, high first) against feasibility (columns, low first).
	'impact-feasibility': {
		id: 'impact-feasibility',
		columns: ['low-feasibility', 'high-feasibility'],
		rows: ['high-impact', 'low-impact'],
		cardKinds: ['action', 'note'],
		...GENERIC,
		bandSizes: {},
	},
};

/** True when `value` is a known template id. */
export function isTemplateId(value: unknown): value is TemplateId {
	return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}
