import type { ChangeCounts, ChangeSummary, VersionInfo } from '@groundwork/protocol';
import { getLocale, t } from '../i18n/i18n.js';

/** What a version is called in the timeline: its name, or what took it. */
export function versionTitle(version: Pick<VersionInfo, 'trigger' | 'label'>): string {
	switch (version.trigger) {
		case 'named':
			return version.label;
		case 'phase':
			return t('history.trigger.phase', { phase: version.label });
		case 'breakouts':
			return t('history.trigger.breakouts');
		case 'restore':
			return t('history.trigger.restore', { label: version.label });
		case 'activity':
			return t('history.trigger.activity');
	}
}

/** "2 added, 1 removed": the non-zero counts, joined as the locale lists units. */
function countsText(counts: ChangeCounts): string {
	const parts: string[] = [];
	if (counts.added > 0) parts.push(t('history.added', { count: counts.added }));
	if (counts.removed > 0) parts.push(t('history.removed', { count: counts.removed }));
	if (counts.edited > 0) parts.push(t('history.edited', { count: counts.edited }));
	return new Intl.ListFormat(getLocale(), { style: 'long', type: 'unit' }).format(parts);
}

/** One line per kind of change that happened, then one per city: "Cards: 2 added, 1 edited". */
export function summaryLines(summary: ChangeSummary): string[] {
	const lines: string[] = [];
	const kinds = [
		['cards', summary.cards],
		['gaps', summary.gaps],
		['frames', summary.frames],
		['links', summary.links],
	] as const;
	for (const [kind, counts] of kinds) {
		if (counts.added + counts.removed + counts.edited === 0) continue;
		lines.push(t(`history.kind.${kind}`, { changes: countsText(counts) }));
	}
	for (const [city, counts] of Object.entries(summary.cardsByCity).sort(([a], [b]) =>
		a.localeCompare(b),
	)) {
		const name = city || t('history.noCity');
		lines.push(t('history.byCity', { city: name, changes: countsText(counts) }));
	}
	return lines.length > 0 ? lines : [t('history.noChange')];
}

/** Who changed the board before a version: "Ana (Split), Jonas (Tartu)"; empty when unknown. */
export function editorsText(version: Pick<VersionInfo, 'editors'>): string {
	const names = (version.editors ?? []).map((editor) =>
		editor.city ? t('history.editorOf', { name: editor.name, city: editor.city }) : editor.name,
	);
	if (names.length === 0) return '';
	const list = new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' });
	return t('history.editors', { names: list.format(names) });
}

/** When a version was taken, in the user's locale: "2 Dec 2026, 14:05". */
export function versionTime(at: number): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
		at,
	);
}
