import type { CityInvitation } from '@groundwork/protocol';

/**
 * What coordinators take away from the manage page (issue 11): a registration's data as a JSON
 * file, the CSV exports, and a city's invitation links as one block of text for an e-mail.
 */

/** A file name for a city's exported data: `registration-<city>.json`, safe on every system. */
export function registrationFileName(city: string): string {
	const name = city
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `registration-${name || 'city'}.json`;
}

/** The words of a city's invitation text, in the page's language. */
export interface InvitationWords {
	/** The first line: "Your links for … (Split):". */
	intro: string;
	/** One line per link: "Own roadmap board: https://…". */
	line: (label: string, url: string) => string;
	/** The programme's public page: "The programme’s page: https://…". */
	page: string;
	/** The last line: "The links work until …". */
	expires: string;
	/** The label of the city's own board's link. */
	ownBoard: string;
}

/** A link's label: the city's own board, or the seminar's title. */
export function invitationLabel(link: CityInvitation['links'][number], ownBoard: string): string {
	return link.target === 'city' ? ownBoard : link.label;
}

/** A city's links as one block of text, to paste into an e-mail. */
export function invitationText(invitation: CityInvitation, words: InvitationWords): string {
	const lines = invitation.links.map((link) =>
		words.line(invitationLabel(link, words.ownBoard), link.url),
	);
	return [words.intro, '', ...lines, '', words.page, words.expires].join('\n');
}

/** Saves `content` as a file named `name`, through a temporary download link. */
export function downloadFile(name: string, content: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
