import { tick } from 'svelte';

/** Takes focus to the control `id` once the page shows it (e.g. the first field refused). */
export async function focusField(id: string): Promise<void> {
	await tick();
	document.getElementById(id)?.focus();
}
