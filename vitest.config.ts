import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// `source` resolves @groundwork/protocol to its TypeScript, so tests need no build first.
const resolve = { conditions: ['source', ...defaultServerConditions] };

export default defineConfig({
	test: {
		projects: [
			{
				resolve,
				ssr: { resolve: { conditions: resolve.conditions } },
				test: { name: 'protocol', include: ['protocol/src/**/*.test.ts'], environment: 'node' },
			},
			{
				resolve,
				ssr: { resolve: { conditions: resolve.conditions } },
				test: {
					name: 'server',
					include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'],
					environment: 'node',
					testTimeout: 30_000,
					hookTimeout: 30_000,
				},
			},
			{
				resolve,
				ssr: { resolve: { conditions: resolve.conditions } },
				test: { name: 'bench', include: ['bench/src/**/*.test.ts'], environment: 'node' },
			},
			{
				resolve: { conditions: ['source', ...defaultClientConditions] },
				ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
				test: { name: 'client', include: ['client/src/**/*.test.ts'], environment: 'node' },
			},
		],
	},
});
