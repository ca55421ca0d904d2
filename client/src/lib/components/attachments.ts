import type { Attachment } from 'svelte/attachments';
import type * as Y from 'yjs';
import { bindTextarea } from '../sync/textBinding.js';

/** Marks text fields bound to the document: there Ctrl+Z is the board's undo, not the field's. */
export const SHARED_TEXT_ATTRIBUTE = 'data-shared-text';

/** Binds a textarea (or a one-line input) to a `Y.Text` for as long as it is in the page. */
export function textBinding(
	ytext: Y.Text,
	readonly: boolean,
): Attachment<HTMLTextAreaElement | HTMLInputElement> {
	return (textarea) => {
		textarea.setAttribute(SHARED_TEXT_ATTRIBUTE, '');
		const unbind = bindTextarea(textarea, ytext, { readonly });
		return () => {
			unbind();
			textarea.removeAttribute(SHARED_TEXT_ATTRIBUTE);
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
