import { gapsToCsv } from '@groundwork/protocol';
import type { GapView } from '../../sync/gaps.js';

/** A file name for a board's gap list: its title, reduced to safe characters. */
export function gapsFileName(title: string): string {
	const base = title
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${base || 'board'}-gaps.csv`;
}

/** The gap list as CSV text, with the live title and description of every gap. [D12] */
export function gapsCsv(gaps: readonly GapView[]): string {
	return gapsToCsv(
		gaps.map((gap) => {
			const description = gap.description.toString();
			return {
				id: gap.id,
				values: {
					...gap.values,
					title: gap.title.toString(),
					description: description === '' ? undefined : description,
				},
			};
		}),
	);
}

/**
 * Downloads the gap list as a CSV file. The byte order mark lets spreadsheet programs read the
 * UTF-8 text (accents, Cyrillic, Greek) correctly.
 */
export function downloadGapsCsv(gaps: readonly GapView[], title: string): void {
	const blob = new Blob(['\ufeff', gapsCsv(gaps)], { type: 'text/csv;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = gapsFileName(title);
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
