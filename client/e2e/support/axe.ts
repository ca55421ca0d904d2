import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page as it is now (WCAG 2.0, 2.1 and 2.2, levels A and AA) and fails
 * with every serious or critical violation, named with the elements it found. `include`
 * narrows the check to one part of the page (a dialog, a panel).
 */
export async function expectNoSeriousViolations(page: Page, include?: string): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
	]);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	const serious = violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => ({
			rule: violation.id,
			impact: violation.impact,
			help: violation.help,
			targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
		}));
	expect(serious).toEqual([]);
}
