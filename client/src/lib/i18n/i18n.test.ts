import { describe, expect, it } from 'vitest';
import { CARD_KINDS, ROLES, SECTORS, STAGES, TEMPLATES } from '@groundwork/protocol';
import { formatDate, formatTime, t, type MessageKey } from './i18n.js';
import {
	bandLabel,
	cardLabel,
	cellLabel,
	kindLabel,
	roleLabel,
	sectorLabel,
	stageLabel,
} from './labels.js';
import { en } from './messages/en.js';

const SAMPLE_VALUES = {
	message: 'oops',
	band: 'Planning',
	frame: 'Frame “Quick wins”',
	percent: 80,
	title: 'Seminar 1',
	role: 'viewer',
	name: 'Ana',
	city: 'Lisbon',
	kind: 'Action',
	hasCity: 'yes',
	count: 2,
	cell: 'Planning · Buildings',
	column: 'Planning',
	row: 'Buildings',
	stage: 'Planning',
	sector: 'Buildings',
	text: 'Break in five minutes',
	time: '14:05',
	max: 280,
	card: 'Action card from Lisbon',
	value: 'High',
	n: 1,
	change: 'add',
	excerpt: 'Retrofit the schools',
	hasText: 'yes',
	frames: 1,
	from: 'Retrofit',
	to: 'Heat pumps',
	relation: 'enables',
	link: 'Retrofit enables Heat pumps',
	shown: 1,
	field: 'Severity',
	label: 'Finance & funding',
	uncovered: 1,
	completed: 1,
	author: 'Ana',
	gap: 'No energy manager',
	columns: 'id, title',
	created: 1,
	updated: 2,
	line: 3,
	where: 'Line 3',
	locked: 'true',
	minutes: 15,
	left: 2,
	voters: 3,
	item: 'Retrofit the schools',
	room: 'Room 2',
	people: 3,
	cards: 12,
	names: 'Ana (Split) and Jonas (Tartu)',
	phase: 'Localisation',
	version: 'After Planning',
	changes: '2 added',
	size: 20,
	cities: 'Split, Tartu',
	status: 'Implemented',
	severity: 'High',
	category: 'Finance & funding',
	country: 'Croatia',
	date: '3 March 2026',
	min: 1990,
	organiser: 'Adriatic Climate Network',
	when: 'Monday 30 March 2026, 10:00',
	zone: 'Europe/Zagreb',
	languages: 'English and Croatian',
	attended: 1,
	held: 2,
	inProgress: 3,
	resolved: 4,
};

describe('i18n', () => {
	it('formats every key of the catalog', () => {
		for (const key of Object.keys(en) as MessageKey[]) {
			const text = t(key, SAMPLE_VALUES);
			expect(text.length, key).toBeGreaterThan(0);
			expect(text, key).not.toMatch(/[{}]/);
		}
	});

	it('counts search matches and names cards', () => {
		expect(t('search.count', { count: 0 })).toBe('No cards match');
		expect(t('search.count', { count: 1 })).toBe('1 card matches');
		expect(t('search.count', { count: 3 })).toBe('3 cards match');
		expect(cardLabel('action', 'Lisbon')).toBe('Action card from Lisbon');
		expect(cardLabel('note', '')).toBe('Note card');
		expect(
			t('search.result', { card: 'Action card from Lisbon', excerpt: 'Solar', hasText: 'yes' }),
		).toBe('Action card from Lisbon: Solar');
	});

	it('summarises the gap list and its imports', () => {
		expect(t('gaps.shown', { shown: 1, count: 3 })).toBe('1 of 3 gaps shown');
		expect(t('gaps.coverageSummary', { uncovered: 0, completed: 0 }).trim()).toBe(
			'Every gap has an action.',
		);
		expect(t('gaps.coverageSummary', { uncovered: 2, completed: 1 })).toBe(
			'2 gaps have no action. 1 gap has all its actions completed: is it resolved?',
		);
		expect(t('csv.previewSummary', { created: 1, updated: 0 })).toBe('1 new gap, no updates.');
		expect(t('gapLinks.relation', { relation: 'addresses' })).toBe('Addressed by');
	});

	it('handles plurals', () => {
		expect(t('presence.count', { count: 0 })).toBe('Nobody here yet');
		expect(t('presence.count', { count: 1 })).toBe('1 person here');
		expect(t('presence.count', { count: 3 })).toBe('3 people here');
	});

	it('says what undo and redo changed', () => {
		expect(t('history.undone', { change: 'text' })).toBe('Undone: typing');
		expect(t('history.redone', { change: 'move' })).toBe('Redone: card moved');
		expect(t('history.undone', { change: 'something new' })).toBe('Undone: your last change');
	});

	it('counts breakout rooms and what happens in them', () => {
		expect(t('session.breakoutsRunning', { count: 1 })).toBe('Breakouts running: 1 room');
		expect(t('session.breakoutsRunning', { count: 4 })).toBe('Breakouts running: 4 rooms');
		expect(t('breakout.activity', { people: 0, cards: 1 })).toBe('Nobody there now, 1 card');
		expect(t('breakout.activity', { people: 2, cards: 0 })).toBe('2 people there now, no cards');
	});

	it('handles selects', () => {
		expect(t('card.label', { kind: 'Action', city: 'Lisbon', hasCity: 'yes' })).toBe(
			'Action card from Lisbon',
		);
		expect(t('card.label', { kind: 'Note', city: '', hasCity: 'no' })).toBe('Note card');
		expect(t('share.copy', { role: 'participant' })).toBe('Copy participant link');
	});

	it('formats announcements, keeping the facilitator’s text as is', () => {
		expect(t('announcement.text', { text: "Back at {10}, don't be late" })).toBe(
			"Announcement from the facilitator: Back at {10}, don't be late",
		);
		expect(t('announce.count', { count: 12, max: 280 })).toBe('12 of 280 characters');
	});

	it('labels every stage, sector, kind and role of the protocol', () => {
		expect(STAGES.map(stageLabel)).toEqual(['Planning', 'Enabling & Deep Dive', 'Localisation']);
		expect(SECTORS.map(sectorLabel)).toContain('Governance & enablers (cross-cutting)');
		expect(CARD_KINDS.map(kindLabel)).toEqual([
			'Action',
			'Milestone',
			'Success',
			'Barrier',
			'Note',
		]);
		expect(ROLES.map(roleLabel)).toEqual(['Facilitator', 'Participant', 'Viewer']);
		const roadmap = TEMPLATES['netzero-roadmap'];
		expect(cellLabel(roadmap, { column: 'enabling', row: 'energy' })).toBe(
			'Enabling & Deep Dive · Energy supply',
		);
		const tree = TEMPLATES['problem-tree'];
		expect(cellLabel(tree, { column: 'tree', row: 'causes' })).toBe(
			'Problem tree · Causes (roots)',
		);
		expect(bandLabel(tree, 'row', 'unknown-band')).toBe('unknown-band');
	});

	it('formats dates and times', () => {
		const date = new Date(Date.UTC(2025, 2, 3, 12, 0));
		expect(formatDate(date)).toMatch(/2025/);
		expect(formatTime(date)).toMatch(/\d/);
	});
});
