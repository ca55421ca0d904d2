import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The image's build rules, checked on the Dockerfile itself: the machines that run `npm test`
 * have no Docker engine, so the image is built by the release pipeline, and these rules keep
 * that build reproducible and the container unprivileged.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dockerfile = fs.readFileSync(path.join(root, 'docker/Dockerfile'), 'utf8');
const lines = dockerfile.split('\n');

describe('docker/Dockerfile', () => {
	it('starts with its syntax directive and pins every base image to one Node release', () => {
		expect(lines[0]).toBe('# syntax=docker/dockerfile:1');
		const image = /^ARG NODE_IMAGE=node:(\d+)\.(\d+)\.(\d+)-bookworm-slim$/m.exec(dockerfile);
		expect(image?.[1]).toBe(process.versions.node.split('.')[0]);
		const froms = lines.filter((line) => line.startsWith('FROM '));
		expect(froms.length).toBeGreaterThan(0);
		for (const from of froms) expect(from).toMatch(/^FROM \$\{NODE_IMAGE\}( AS \w+)?$/);
	});

	it('installs from the lockfile and runs as an unprivileged user with a health check', () => {
		expect(dockerfile).toMatch(/^RUN npm ci /m);
		expect(dockerfile).not.toMatch(/npm install/);
		const user = lines.findLastIndex((line) => line.startsWith('USER '));
		const cmd = lines.findLastIndex((line) => line.startsWith('CMD '));
		expect(lines[user]).toBe('USER node');
		expect(user).toBeLessThan(cmd);
		expect(dockerfile).toMatch(/^HEALTHCHECK .*$/m);
		expect(dockerfile).toContain('/healthz');
		expect(dockerfile).toMatch(/^STOPSIGNAL SIGTERM$/m);
	});
});
