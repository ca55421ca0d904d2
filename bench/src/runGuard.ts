import { killChildren } from './servers.js';

/** Prints a line prefixed with the seconds since the bench started. */
export function log(message: string): void {
	const seconds = (performance.now() / 1000).toFixed(1).padStart(6);
	console.log(`[${seconds}s] ${message}`);
}

/**
 * Bounds a bench run: after `limitMs` it is aborted, and however it ends (done, aborted,
 * Ctrl+C) the servers and browsers it started are killed.
 */
export function guardRun(name: string, limitMs: number): void {
	const watchdog = setTimeout(() => {
		console.error(`\nThe ${name} ran longer than ${limitMs / 60_000} minutes: aborted.`);
		killChildren();
		process.exit(1);
	}, limitMs);
	watchdog.unref();
	process.on('exit', killChildren);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => {
			killChildren();
			process.exit(130);
		});
	}
}
