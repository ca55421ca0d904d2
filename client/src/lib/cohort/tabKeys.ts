/**
 * The keyboard of a tab list (WAI-ARIA Authoring Practices, "Tabs"): Left and Right move to the
 * previous and next tab, wrapping around; Home and End to the first and last.
 */

/** The index of the tab `key` moves to from tab `current` of `count`, or null for other keys. */
export function tabIndexForKey(key: string, current: number, count: number): number | null {
	if (count <= 0) return null;
	switch (key) {
		case 'ArrowRight':
			return (current + 1) % count;
		case 'ArrowLeft':
			return (current - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
