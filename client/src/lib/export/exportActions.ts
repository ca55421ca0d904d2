import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';
import type { GapView } from '../sync/gaps.js';
import { downloadGapsCsv, gapsFileName } from '../components/gaps/gapExport.js';
import { fetchBackup } from './backup.js';
import { exportSvg, frameName, type BoardSource } from './boardPicture.js';
import { downloadBlob, exportFileName } from './download.js';
import { svgToPng } from './rasterize.js';

/**
 * What each entry of the export menu does. Each saves one file and resolves to its name, or
 * rejects with an error whose message can be shown as it is.
 */

/** The name of the picture file of the board, or of one of its frames. */
function pictureName(source: BoardSource, frameId: string | undefined, extension: string): string {
	const frame = source.frames.find((f) => f.id === frameId);
	const part = frame ? `frame-${frameName(frame)}` : 'board';
	return exportFileName(source.title, part, extension);
}

function picture(source: BoardSource, frameId: string | undefined) {
	const drawn = exportSvg(source, frameId);
	if (!drawn) throw new Error(t('export.frameGone'));
	return drawn;
}

/** Saves the board (or frame `frameId`) as an SVG file. */
export function saveSvg(source: BoardSource, frameId?: string): string {
	const { svg } = picture(source, frameId);
	const name = pictureName(source, frameId, 'svg');
	downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
	return name;
}

/** Saves the board (or frame `frameId`) as a PNG file, drawn at twice its size when it fits. */
export async function savePng(source: BoardSource, frameId?: string): Promise<string> {
	const { svg, width, height } = picture(source, frameId);
	const name = pictureName(source, frameId, 'png');
	downloadBlob(await svgToPng(svg, width, height), name);
	return name;
}

/** Saves the gap list as CSV (the gap list's own export). [D12] */
export function saveGapsCsv(gaps: readonly GapView[], title: string): string {
	downloadGapsCsv(gaps, title);
	return gapsFileName(title);
}

/** Saves the server's JSON backup of the board. [V5] */
export async function saveBackup(boardId: string, token: string, title: string): Promise<string> {
	const response = await fetchBackup(boardId, token);
	const name = exportFileName(title, 'backup', 'json');
	downloadBlob(await response.blob(), name);
	return name;
}

/** Why an export failed, in words for the person who asked for it. */
export function exportFailure(cause: unknown): string {
	if (cause instanceof ApiRequestError) {
		if (cause.status === 401 || cause.status === 403) return t('status.denied');
		if (cause.status === 404) return t('board.notFound');
	}
	return cause instanceof Error ? cause.message : String(cause);
}
