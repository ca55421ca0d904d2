import { can, type PracticeView, type Role } from '@groundwork/protocol';

/**
 * How the library tab splits the items the server sent: what waits for a coordinator's approval
 * first, then the caller's own drafts, the approved practices, and any other city's draft a
 * coordinator is shown. Each item is in one section only; the server's order is kept.
 */
export interface LibrarySections {
	waiting: PracticeView[];
	drafts: PracticeView[];
	approved: PracticeView[];
	otherDrafts: PracticeView[];
}

/** Splits `items` into the library tab's sections. */
export function librarySections(items: readonly PracticeView[]): LibrarySections {
	const sections: LibrarySections = { waiting: [], drafts: [], approved: [], otherDrafts: [] };
	for (const item of items) {
		if (item.moderation === 'approved') sections.approved.push(item);
		else if (item.moderation === 'submitted' && item.canModerate) sections.waiting.push(item);
		else if (item.mine) sections.drafts.push(item);
		else sections.otherDrafts.push(item);
	}
	return sections;
}

/** What a person may do with a library item, in the order the buttons are shown. */
export type PracticeAction =
	'copy' | 'submit' | 'approve' | 'return' | 'publish' | 'unpublish' | 'delete';

/**
 * The actions `item` offers a caller of role `role`: copying an approved item into one’s board
 * (participants and facilitators, once); submitting one’s own draft; approving, returning to
 * draft and publishing for coordinators; deleting for coordinators and the item's own city while
 * it is not approved. The server checks every one again.
 */
export function practiceActions(item: PracticeView, role: Role): PracticeAction[] {
	const actions: PracticeAction[] = [];
	const approved = item.moderation === 'approved';
	if (approved && can(role, 'editContent') && !item.copiedAs) actions.push('copy');
	if (item.canEdit && item.mine && item.moderation === 'draft') actions.push('submit');
	if (item.canModerate) {
		if (item.moderation === 'submitted') actions.push('approve');
		if (item.moderation !== 'draft') actions.push('return');
		if (approved) actions.push(item.published ? 'unpublish' : 'publish');
	}
	if (item.canModerate || (item.canEdit && item.mine)) actions.push('delete');
	return actions;
}
