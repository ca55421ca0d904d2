// `npm test`: set up what is missing, then type checks, lint, unit + integration tests, build,
// and end-to-end tests in Chromium. Stops at the first failing step; prints one summary line.
import fs from 'node:fs';
import path from 'node:path';
import { ensureDebianPackage, ensureDependencies, root, run } from './setup.mjs';

const reports = path.join(root, 'test-results');

function count(file, read) {
	try {
		return read(JSON.parse(fs.readFileSync(path.join(reports, file), 'utf8')));
	} catch {
		return { passed: 0, failed: 0, skipped: 0 };
	}
}

ensureDependencies();
ensureDebianPackage('chromium', 'chromium', '/usr/bin/chromium');
ensureDebianPackage('redis-server', 'redis-server', '/usr/bin/redis-server');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

console.log('\n• Checks: types, lint, format');
run('npm', ['run', 'check']);

console.log('\n• Unit and integration tests (Vitest)');
run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${path.join(reports, 'vitest.json')}`,
]);

console.log('\n• Build');
run('npm', ['run', 'build']);

console.log('\n• End-to-end tests (Playwright, Chromium)');
run('npx', ['playwright', 'test']);

const unit = count('vitest.json', (r) => ({
	passed: r.numPassedTests,
	failed: r.numFailedTests,
	skipped: r.numPendingTests + r.numTodoTests,
}));
const e2e = count('e2e.json', (r) => ({
	passed: r.stats.expected + r.stats.flaky,
	failed: r.stats.unexpected,
	skipped: r.stats.skipped,
}));
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const skipped = unit.skipped + e2e.skipped;
console.log(`\nunit+integration ${unit.passed}, end-to-end ${e2e.passed}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
