import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 18765);
const dataDir = path.join(os.tmpdir(), `groundwork-e2e-${process.pid}`);

export default defineConfig({
	testDir: 'client/e2e',
	outputDir: 'test-results/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	// Tests wait on conditions, so this only bounds a failing test; the machines that run them
	// are shared and noisy, and most tests drive several browsers at once. Under load (a load
	// average of 10 on 2 cores) plain tests of 5-10 s took over 60 s, so the bound is 120 s.
	timeout: 120_000,
	expect: { timeout: 10_000 },
	forbidOnly: true,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: 'node server/dist/main.js',
		url: `http://127.0.0.1:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 30_000,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			// The suite creates far more boards from one address than people do; the other
			// limits keep their production defaults.
			RATE_LIMIT_BOARDS_PER_10_MIN: '0',
		},
	},
});
