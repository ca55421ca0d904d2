import type {
	Axis,
	CardKind,
	Role,
	SectorId,
	StageId,
	Template,
	TemplateId,
} from '@groundwork/protocol';
import { isMessageKey, t } from './i18n.js';

/** The display name of a roadmap stage. */
export function stageLabel(stage: StageId): string {
	return t(`stage.${stage}`);
}

/** The display name of a sector. */
export function sectorLabel(sector: SectorId): string {
	return t(`sector.${sector}`);
}

/** The display name of a card kind. */
export function kindLabel(kind: CardKind): string {
	return t(`kind.${kind}`);
}

/** The display name of a role, capitalised ("Facilitator"). */
export function roleLabel(role: Role): string {
	return t(`role.${role}`);
}

/** The display name of a template. */
export function templateLabel(template: TemplateId): string {
	return t(`template.${template}`);
}

/** One sentence on what a template is for, shown when choosing it. */
export function templateHint(template: TemplateId): string {
	return t(`templateHint.${template}`);
}

/** The display name of a template's column or row ("Planning", "Causes (roots)"). */
export function bandLabel(template: Template, axis: Axis, id: string): string {
	const key = `${template.labels[axis]}.${id}`;
	return isMessageKey(key) ? t(key) : id;
}

/** The name of one cell, e.g. "Planning · Buildings". */
export function cellLabel(template: Template, cell: { column: string; row: string }): string {
	return t('cell.label', {
		column: bandLabel(template, 'column', cell.column),
		row: bandLabel(template, 'row', cell.row),
	});
}

/** The name of a card, e.g. "Action card from Lisbon" (or "Note card" without a city). */
export function cardLabel(kind: CardKind, city: string): string {
	return t('card.label', { kind: kindLabel(kind), city, hasCity: city ? 'yes' : 'no' });
}
