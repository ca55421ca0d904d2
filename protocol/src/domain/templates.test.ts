import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEMPLATES, TEMPLATE_IDS, isTemplateId } from './templates.js';
import { CARD_KINDS } from './cardKinds.js';
import { initBoardMeta, layoutMap } from '../doc/schema.js';
import { bandSizeKey, computeLayout } from '../doc/layout.js';

describe('templates [D9]', () => {
	it('offers the five templates facilitators asked for', () => {
		expect(TEMPLATE_IDS).toEqual([
			'netzero-roadmap',
			'problem-tree',
			'stakeholder-map',
			'backcasting-timeline',
			'impact-feasibility',
		]);
		expect(isTemplateId('problem-tree')).toBe(true);
		expect(isTemplateId('mind-map')).toBe(false);
	});

	it.each(TEMPLATE_IDS)('%s has bands, known card kinds and sizes for its own bands', (id) => {
		const template = TEMPLATES[id];
		expect(template.id).toBe(id);
		expect(template.columns.length).toBeGreaterThan(0);
		expect(template.rows.length).toBeGreaterThan(0);
		const bands = [...template.columns, ...template.rows];
		expect(new Set(bands).size).toBe(bands.length);
		for (const kind of template.cardKinds) expect(CARD_KINDS).toContain(kind);
		const keys = [
			...template.columns.map((c) => bandSizeKey('column', c)),
			...template.rows.map((r) => bandSizeKey('row', r)),
		];
		for (const key of Object.keys(template.bandSizes)) expect(keys).toContain(key);
	});

	it('only the roadmap keeps its cells in stage and sector', () => {
		for (const id of TEMPLATE_IDS) {
			const { cellKeys } = TEMPLATES[id];
			const roadmap = id === 'netzero-roadmap';
			expect(cellKeys).toEqual(
				roadmap ? { column: 'stage', row: 'sector' } : { column: 'column', row: 'row' },
			);
		}
	});

	it('a new board starts with its template’s band sizes', () => {
		const doc = new Y.Doc();
		initBoardMeta(doc, { title: 'Why?', template: 'problem-tree', schemaVersion: 2, createdAt: 1 });
		const layout = computeLayout(
			TEMPLATES['problem-tree'].columns,
			TEMPLATES['problem-tree'].rows,
			layoutMap(doc),
		);
		expect(layout.columns[0]?.size).toBe(TEMPLATES['problem-tree'].bandSizes['column:tree']);
		expect(layout.rows.map((row) => row.id)).toEqual(['effects', 'core-problem', 'causes']);
	});
});
