import type { Attachment } from 'svelte/attachments';
import type * as Y from 'yjs';
import type { CellRef } from '../sync/cards.js';
import { bindTextarea } from '../sync/textBinding.js';
import type { CursorPoint } from '../state/presence.svelte.js';

/** The drag-and-drop data type of a card; the payload is the card id. */
export const CARD_DRAG_TYPE = 'application/x-groundwork-card';

/** Marks text fields bound to the document: there Ctrl+Z is the board's undo, not the field's. */
export const SHARED_TEXT_ATTRIBUTE = 'data-shared-text';

/** Binds a textarea to a card's `Y.Text` for as long as it is in the page. */
export function textBinding(ytext: Y.Text, readonly: boolean): Attachment<HTMLTextAreaElement> {
	return (textarea) => {
		textarea.setAttribute(SHARED_TEXT_ATTRIBUTE, '');
		const unbind = bindTextarea(textarea, ytext, { readonly });
		return () => {
			unbind();
			textarea.removeAttribute(SHARED_TEXT_ATTRIBUTE);
		};
	};
}

/**
 * Makes `handle` start dragging card `id`; the card element (the handle's closest `article`)
 * is used as the drag image.
 */
export function dragHandle(id: string): Attachment<HTMLElement> {
	return (handle) => {
		handle.draggable = true;
		const onDragStart = (event: DragEvent) => {
			if (!event.dataTransfer) return;
			event.dataTransfer.setData(CARD_DRAG_TYPE, id);
			event.dataTransfer.effectAllowed = 'move';
			const card = handle.closest('article');
			if (card) event.dataTransfer.setDragImage(card, 16, 16);
		};
		handle.addEventListener('dragstart', onDragStart);
		return () => handle.removeEventListener('dragstart', onDragStart);
	};
}

/** Makes an element accept dropped cards; `ondrop` receives the card id and this cell. */
export function dropTarget(
	cell: CellRef,
	ondrop: (id: string, cell: CellRef) => void,
): Attachment<HTMLElement> {
	return (element) => {
		const accepts = (event: DragEvent) =>
			event.dataTransfer?.types.includes(CARD_DRAG_TYPE) ?? false;
		const onOver = (event: DragEvent) => {
			if (!accepts(event)) return;
			event.preventDefault();
			if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
			element.classList.add('drop-active');
		};
		const onLeave = (event: DragEvent) => {
			if (!element.contains(event.relatedTarget as Node | null)) {
				element.classList.remove('drop-active');
			}
		};
		const onDrop = (event: DragEvent) => {
			element.classList.remove('drop-active');
			const id = event.dataTransfer?.getData(CARD_DRAG_TYPE);
			if (!id) return;
			event.preventDefault();
			ondrop(id, cell);
		};
		element.addEventListener('dragover', onOver);
		element.addEventListener('dragleave', onLeave);
		element.addEventListener('drop', onDrop);
		return () => {
			element.removeEventListener('dragover', onOver);
			element.removeEventListener('dragleave', onLeave);
			element.removeEventListener('drop', onDrop);
		};
	};
}

/** Reports the pointer's position relative to the element's top-left corner, or null on leave. */
export function pointerTracker(
	onmove: (point: CursorPoint | null) => void,
): Attachment<HTMLElement> {
	return (element) => {
		const onMove = (event: PointerEvent) => {
			const rect = element.getBoundingClientRect();
			onmove({ x: event.clientX - rect.left, y: event.clientY - rect.top });
		};
		const onLeave = () => onmove(null);
		element.addEventListener('pointermove', onMove);
		element.addEventListener('pointerleave', onLeave);
		return () => {
			element.removeEventListener('pointermove', onMove);
			element.removeEventListener('pointerleave', onLeave);
		};
	};
}

/** Calls `onescape` when Escape is pressed inside the element. */
export function escapeKey(onescape: () => void): Attachment<HTMLElement> {
	return (element) => {
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			event.stopPropagation();
			onescape();
		};
		element.addEventListener('keydown', onKeyDown);
		return () => element.removeEventListener('keydown', onKeyDown);
	};
}
