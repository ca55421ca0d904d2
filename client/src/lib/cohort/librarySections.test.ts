import { describe, expect, it } from 'vitest';
import { librarySections, practiceActions } from './librarySections.js';
import { practiceFixture } from './practiceFixture.js';

describe('the library tab’s sections', () => {
	it('puts each item in one section, keeping the server’s order', () => {
		const approved = practiceFixture({ id: 'a' });
		const waiting = practiceFixture({ id: 'w', moderation: 'submitted', canModerate: true });
		const ownSubmitted = practiceFixture({ id: 's', moderation: 'submitted', mine: true });
		const ownDraft = practiceFixture({ id: 'd', moderation: 'draft', mine: true, canEdit: true });
		const otherDraft = practiceFixture({ id: 'o', moderation: 'draft', canModerate: true });
		const approved2 = practiceFixture({ id: 'a2', mine: true });
		const sections = librarySections([
			approved,
			waiting,
			ownSubmitted,
			ownDraft,
			otherDraft,
			approved2,
		]);
		expect(sections.waiting.map((item) => item.id)).toEqual(['w']);
		expect(sections.drafts.map((item) => item.id)).toEqual(['s', 'd']);
		expect(sections.approved.map((item) => item.id)).toEqual(['a', 'a2']);
		expect(sections.otherDrafts.map((item) => item.id)).toEqual(['o']);
	});
});

describe('what a person may do with a library item', () => {
	it('lets participants and facilitators copy an approved item once, viewers never', () => {
		const item = practiceFixture();
		expect(practiceActions(item, 'participant')).toEqual(['copy']);
		expect(practiceActions(item, 'facilitator')).toEqual(['copy']);
		expect(practiceActions(item, 'viewer')).toEqual([]);
		expect(practiceActions({ ...item, copiedAs: 'card9' }, 'participant')).toEqual([]);
		expect(practiceActions({ ...item, moderation: 'submitted' }, 'participant')).toEqual([]);
	});

	it('lets the author submit and delete its own draft', () => {
		const draft = practiceFixture({ moderation: 'draft', mine: true, canEdit: true });
		expect(practiceActions(draft, 'participant')).toEqual(['submit', 'delete']);
		const submitted = { ...draft, moderation: 'submitted' as const };
		expect(practiceActions(submitted, 'participant')).toEqual(['delete']);
	});

	it('lets coordinators approve, return, publish and delete', () => {
		const submitted = practiceFixture({ moderation: 'submitted', canModerate: true });
		expect(practiceActions(submitted, 'facilitator')).toEqual(['approve', 'return', 'delete']);
		const approved = { ...submitted, moderation: 'approved' as const };
		expect(practiceActions(approved, 'facilitator')).toEqual([
			'copy',
			'return',
			'publish',
			'delete',
		]);
		expect(practiceActions({ ...approved, published: true }, 'viewer')).toEqual([
			'return',
			'unpublish',
			'delete',
		]);
		const draft = { ...submitted, moderation: 'draft' as const };
		expect(practiceActions(draft, 'facilitator')).toEqual(['delete']);
	});
});
