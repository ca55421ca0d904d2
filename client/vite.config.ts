import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defaultClientConditions, defineConfig } from 'vite';

const backend = 'http://127.0.0.1:8080';

export default defineConfig({
	plugins: [svelte()],
	resolve: {
		// Resolve @groundwork/protocol to its TypeScript source, not its build output.
		conditions: ['source', ...defaultClientConditions],
	},
	server: {
		proxy: {
			'/api': backend,
			'/healthz': backend,
			'/sync': { target: backend, ws: true },
			'/socket.io': { target: backend, ws: true },
		},
	},
	build: {
		outDir: 'dist',
		emptyOutDir: true,
		sourcemap: true,
	},
});
