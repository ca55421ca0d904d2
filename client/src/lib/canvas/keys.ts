/** What a key press on the canvas asks for. */
export type CanvasKeyAction =
	| { kind: 'pan'; dx: number; dy: number; large: boolean }
	| {
			kind:
				| 'zoomIn'
				| 'zoomOut'
				| 'zoomReset'
				| 'fit'
				| 'delete'
				| 'selectAll'
				| 'duplicate'
				| 'space'
				| 'enter'
				| 'escape';
	  };

interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
}

const ARROWS: Record<string, [number, number]> = {
	ArrowLeft: [1, 0],
	ArrowRight: [-1, 0],
	ArrowUp: [0, 1],
	ArrowDown: [0, -1],
};

/**
 * The canvas's keys: arrows pan the view (or nudge the selected cards, Shift for larger steps),
 * + and - zoom, 0 returns to 100 %, Shift+1 fits the board, Delete removes the selection,
 * Ctrl/Cmd+A selects every card, Ctrl/Cmd+D duplicates the selection, Escape clears the selection,
 * Space on a card selects several (see CanvasView.extend), Enter on a card edits its text. Alt+arrows belong to the cards
 * (move to the next cell) and are not canvas keys. Pan directions move the view's content, so
 * ArrowRight shows what is to the right (dx is negative).
 */
export function canvasKeyAction(event: KeyPress): CanvasKeyAction | null {
	if (event.altKey) return null;
	const command = event.ctrlKey || event.metaKey;
	if (command) {
		if (event.shiftKey) return null;
		const letter = event.key.toLowerCase();
		return letter === 'a' ? { kind: 'selectAll' } : letter === 'd' ? { kind: 'duplicate' } : null;
	}
	const arrow = ARROWS[event.key];
	if (arrow) return { kind: 'pan', dx: arrow[0], dy: arrow[1], large: event.shiftKey };
	switch (event.key) {
		case '+':
		case '=':
			return { kind: 'zoomIn' };
		case '-':
		case '_':
			return { kind: 'zoomOut' };
		case '0':
			return { kind: 'zoomReset' };
		case '!':
			return { kind: 'fit' };
		case '1':
			return event.shiftKey ? { kind: 'fit' } : null;
		case 'Delete':
		case 'Backspace':
			return { kind: 'delete' };
		case 'Escape':
			return { kind: 'escape' };
		case ' ':
			return event.shiftKey ? null : { kind: 'space' };
		case 'Enter':
			return event.shiftKey ? null : { kind: 'enter' };
		default:
			return null;
	}
}
