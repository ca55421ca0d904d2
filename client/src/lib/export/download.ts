/**
 * Saving what an export made as a file: a safe file name from the board's title, and a
 * download of a `Blob` through a temporary link (no server round trip, no popup).
 */

/** The board's title reduced to letters, digits and dashes (at most 60), or "board". */
export function fileStem(title: string): string {
	const stem = title
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return stem || 'board';
}

/** A file name for an export: `<title>-<part>.<extension>`, `part` reduced like the title. */
export function exportFileName(title: string, part: string, extension: string): string {
	const suffix = fileStem(part);
	return `${fileStem(title)}-${suffix}.${extension}`;
}

/** Downloads `blob` as a file named `name`. */
export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The click has started the download; the URL may go once this task is over.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
