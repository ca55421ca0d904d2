import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGapMap } from '../doc/gaps.js';
import {
	cardsMap,
	createCardMap,
	gapsMap,
	initBoardMeta,
	linksMap,
	metaMap,
} from '../doc/schema.js';
import { boardToBackup, parseBoardBackup, writeBackup } from './boardBackup.js';
import { restoreItems, restoreVersion } from './restore.js';
import { CONTENT_ROOTS, rootMap } from './roots.js';
import { diffDocs, isEmptySummary, summarizeDiff } from './versionDiff.js';

function card(doc: Y.Doc, id: string, city: string, text = id): void {
	cardsMap(doc).set(
		id,
		createCardMap({
			id,
			kind: 'action',
			text,
			stage: 'planning',
			sector: 'energy',
			city,
			createdBy: 'Ana',
			createdAt: 1,
			updatedAt: 1,
			order: 0,
			x: 10,
			y: 20,
		}),
	);
}

function link(doc: Y.Doc, id: string, from: string, to: string, relation: string): void {
	const map = new Y.Map<unknown>();
	for (const [key, value] of Object.entries({ id, from, to, relation, createdBy: 'Ana' })) {
		map.set(key, value);
	}
	linksMap(doc).set(id, map);
}

/** A board with two cities' cards, an arrow between them, a gap with a comment and a tie. */
function sampleBoard(): Y.Doc {
	const doc = new Y.Doc();
	initBoardMeta(doc, {
		title: 'Seminar',
		template: 'netzero-roadmap',
		schemaVersion: 2,
		createdAt: 5,
	});
	doc.transact(() => {
		card(doc, 'c1', 'Split', 'Heat pumps');
		card(doc, 'c2', 'Tartu', 'District heating');
		link(doc, 'l1', 'c1', 'c2', 'enables');
		const gap = 'g1';
		gapsMap(doc).set(
			gap,
			createGapMap({
				id: gap,
				values: { title: 'No data' },
				city: 'Split',
				createdBy: 'Ana',
				createdAt: 3,
				order: 0,
			}),
		);
		link(doc, `c1>${gap}`, 'c1', gap, 'addresses');
		const comments = gapsMap(doc).get(gap)?.get('comments');
		if (comments instanceof Y.Array) {
			comments.push([{ id: 'k1', text: 'We lack meters', author: 'Ana', city: 'Split', at: 9 }]);
		}
	});
	return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}

/** Every content root as plain JSON, with the kind of each shared type spelled out. */
function structure(doc: Y.Doc): unknown {
	const describe = (value: unknown): unknown => {
		if (value instanceof Y.Text) return { text: value.toString() };
		if (value instanceof Y.Map) {
			return { map: Object.fromEntries([...value.entries()].map(([k, v]) => [k, describe(v)])) };
		}
		if (value instanceof Y.Array) return { array: value.toArray().map(describe) };
		return value;
	};
	return Object.fromEntries(
		CONTENT_ROOTS.map((name) => [
			name,
			Object.fromEntries([...rootMap(doc, name).entries()].map(([k, v]) => [k, describe(v)])),
		]),
	);
}

describe('[V5] JSON backup', () => {
	it('imports as a board with identical content, shared types and all', () => {
		const original = sampleBoard();
		const backup = boardToBackup(original, { title: 'Seminar', template: 'netzero-roadmap' });
		const parsed = parseBoardBackup(JSON.parse(JSON.stringify(backup)));
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		const imported = new Y.Doc();
		initBoardMeta(imported, {
			title: 'Seminar',
			template: 'netzero-roadmap',
			schemaVersion: 2,
			createdAt: 5,
		});
		imported.transact(() => writeBackup(imported, parsed.value));
		expect(structure(imported)).toEqual(structure(original));
	});

	it('keeps the new board’s own creation time and schema version', () => {
		const backup = boardToBackup(sampleBoard(), { title: 'Seminar', template: 'netzero-roadmap' });
		const imported = new Y.Doc();
		initBoardMeta(imported, {
			title: 'Seminar',
			template: 'netzero-roadmap',
			schemaVersion: 2,
			createdAt: 777,
		});
		writeBackup(imported, backup);
		expect(metaMap(imported).get('createdAt')).toBe(777);
	});

	it('refuses what is not a backup, with where the problem is', () => {
		const good = boardToBackup(sampleBoard(), { title: 'Seminar', template: 'netzero-roadmap' });
		const cases: [unknown, string][] = [
			[{ ...good, format: 'miro' }, 'format'],
			[{ ...good, board: { title: '', template: 'netzero-roadmap' } }, 'board.title'],
			[{ ...good, board: { title: 'x', template: 'nope' } }, 'board.template'],
			[{ ...good, content: { ...good.content, cards: { c1: { $script: 'x' } } } }, 'content.cards'],
			[{ ...good, extra: true }, '(body)'],
		];
		for (const [input, path] of cases) {
			const parsed = parseBoardBackup(input);
			expect(parsed.ok, path).toBe(false);
			if (!parsed.ok) expect(parsed.issues.some((issue) => issue.path.startsWith(path))).toBe(true);
		}
	});

	it('refuses values nested deeper than allowed', () => {
		let value: unknown = 'deep';
		for (let i = 0; i < 40; i++) value = { $map: { x: value } };
		const backup = boardToBackup(sampleBoard(), { title: 'Seminar', template: 'netzero-roadmap' });
		const parsed = parseBoardBackup({
			...backup,
			content: { ...backup.content, cards: { c: value } },
		});
		expect(parsed.ok).toBe(false);
	});
});

describe('[V3] diff and summary', () => {
	it('counts cards added, removed and edited per city, and gaps and links', () => {
		const before = sampleBoard();
		const after = copyOf(before);
		after.transact(() => {
			card(after, 'c3', 'Gdynia');
			cardsMap(after).delete('c2');
			const text = cardsMap(after).get('c1')?.get('text');
			if (text instanceof Y.Text) text.insert(0, 'More ');
			gapsMap(after).get('g1')?.set('severity', 'high');
			linksMap(after).delete('l1');
		});
		const diff = diffDocs(before, after);
		expect(diff.cards).toEqual({ added: ['c3'], removed: ['c2'], edited: ['c1'] });
		expect(diff.gaps).toEqual({ added: [], removed: [], edited: ['g1'] });
		expect(diff.links.removed).toEqual(['l1']);
		const summary = summarizeDiff(diff, before, after);
		expect(summary.cardsByCity).toEqual({
			Gdynia: { added: 1, removed: 0, edited: 0 },
			Tartu: { added: 0, removed: 1, edited: 0 },
			Split: { added: 0, removed: 0, edited: 1 },
		});
		expect(summary.gaps).toEqual({ added: 0, removed: 0, edited: 1 });
		expect(isEmptySummary(summary)).toBe(false);
		expect(isEmptySummary(summarizeDiff(diffDocs(before, before), before, before))).toBe(true);
	});
});

describe('[V4] restore', () => {
	it('restoring a whole version gives its content back, as edits others receive', () => {
		const version = sampleBoard();
		const live = copyOf(version);
		const peer = copyOf(version);
		live.on('update', (update: Uint8Array) => Y.applyUpdate(peer, update));
		live.transact(() => {
			cardsMap(live).delete('c1');
			card(live, 'c9', 'Lund');
			metaMap(live).set('title', 'Renamed');
		});
		let changed = 0;
		live.transact(() => (changed = restoreVersion(live, version)));
		expect(changed).toBe(3);
		expect(structure(live)).toEqual(structure(version));
		expect(structure(peer)).toEqual(structure(version));
	});

	it('brings back single deleted cards and gaps with their links, and leaves the rest', () => {
		const version = sampleBoard();
		const live = copyOf(version);
		live.transact(() => {
			cardsMap(live).delete('c1');
			linksMap(live).delete('l1');
			linksMap(live).delete('c1>g1');
			gapsMap(live).delete('g1');
			const text = cardsMap(live).get('c2')?.get('text');
			if (text instanceof Y.Text) text.insert(0, 'Edited ');
		});
		const restored = restoreItems(live, version, { cards: ['c1', 'c2', 'unknown'] });
		expect(restored).toEqual({ cards: ['c1'], gaps: [], links: ['l1'] });
		expect(String(cardsMap(live).get('c2')?.get('text'))).toBe('Edited District heating');
		expect(String(cardsMap(live).get('c1')?.get('text'))).toBe('Heat pumps');
		const gapBack = restoreItems(live, version, { gaps: ['g1'] });
		expect(gapBack).toEqual({ cards: [], gaps: ['g1'], links: ['c1>g1'] });
		const comments = gapsMap(live).get('g1')?.get('comments');
		expect(comments instanceof Y.Array ? comments.toJSON() : null).toHaveLength(1);
	});
});
