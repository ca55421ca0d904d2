/** The service worker that keeps the app shell for offline use (built from `client/public/`). */
export const SHELL_WORKER_URL = '/sw.js';

/**
 * Registers the service worker that keeps the app's page and assets, so a board opened once
 * opens again without a network (its content comes from IndexedDB, see `BoardConnection`).
 * Skipped where service workers are unavailable (plain http off localhost, some private modes)
 * and in Vite's dev server, whose modules are not the built assets the worker keeps.
 */
export function registerOfflineShell(): void {
	if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	const register = () => {
		navigator.serviceWorker.register(SHELL_WORKER_URL, { scope: '/' }).catch(() => {
			// The app works online without it.
		});
	};
	// After the page has loaded, so keeping the shell does not compete with showing it.
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}
