import { t } from '../i18n/i18n.js';

/**
 * An SVG picture as a PNG, drawn by the browser itself: the SVG is decoded as an image and
 * painted on a canvas at twice its size (sharp on high-density screens and in print), bounded
 * so a very large board never asks for more pixels than a browser's canvas allows.
 */

/** The scale a PNG is drawn at when its size allows. */
export const PNG_SCALE = 2;
/** The longest side of a PNG, in pixels (browsers refuse canvases much larger). */
export const PNG_MAX_SIDE_PX = 8192;
/** The most pixels in one PNG: 4096 × 4096, about 64 MB of canvas memory. */
export const PNG_MAX_PIXELS = 4096 * 4096;

/** The scale to draw a `width` × `height` picture at: `PNG_SCALE`, smaller when too large. */
export function pngScale(width: number, height: number, scale = PNG_SCALE): number {
	if (!(width > 0 && height > 0)) return scale;
	return Math.min(
		scale,
		PNG_MAX_SIDE_PX / width,
		PNG_MAX_SIDE_PX / height,
		Math.sqrt(PNG_MAX_PIXELS / (width * height)),
	);
}

/** The PNG's size in pixels for a `width` × `height` picture. */
export function pngSize(width: number, height: number): { width: number; height: number } {
	const scale = pngScale(width, height);
	return {
		width: Math.max(1, Math.floor(width * scale)),
		height: Math.max(1, Math.floor(height * scale)),
	};
}

/** Decodes an SVG document as an image. */
async function svgImage(svg: string): Promise<{ image: HTMLImageElement; release: () => void }> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	const image = new Image();
	image.src = url;
	try {
		await image.decode();
	} catch (cause) {
		URL.revokeObjectURL(url);
		throw cause;
	}
	return { image, release: () => URL.revokeObjectURL(url) };
}

/** Paints `svg` (a picture `width` × `height` units large) into a PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const size = pngSize(width, height);
	const { image, release } = await svgImage(svg);
	try {
		const canvas = document.createElement('canvas');
		canvas.width = size.width;
		canvas.height = size.height;
		const context = canvas.getContext('2d');
		if (!context) throw new Error(t('export.noCanvas'));
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, size.width, size.height);
		context.drawImage(image, 0, 0, size.width, size.height);
		return await new Promise<Blob>((resolve, reject) => {
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error(t('export.encodeFailed')))),
				'image/png',
			);
		});
	} finally {
		release();
	}
}
