import type { CardKind, Role, SectorId, StageId, TemplateId } from '@groundwork/protocol';
import { t } from './i18n.js';

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

/** The name of one cell of the roadmap, e.g. "Planning · Buildings". */
export function cellLabel(stage: StageId, sector: SectorId): string {
	return t('cell.label', { stage: stageLabel(stage), sector: sectorLabel(sector) });
}

/** The name of a card, e.g. "Action card from Lisbon" (or "Note card" without a city). */
export function cardLabel(kind: CardKind, city: string): string {
	return t('card.label', { kind: kindLabel(kind), city, hasCity: city ? 'yes' : 'no' });
}
