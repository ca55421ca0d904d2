import { describe, expect, it } from 'vitest';
import { MAX_INVITATION_LENGTH, parseInvitation } from './invitationLink.js';

const TOKEN = 'i1.eyJjIjoiY29ob3J0LTEifQ.Zm9vYmFy-_';

describe('reading a pasted invitation', () => {
	it('takes the token out of a full invitation link', () => {
		expect(parseInvitation(`https://groundwork.example/?invite=${TOKEN}`)).toBe(TOKEN);
		expect(parseInvitation(`  https://groundwork.example/?lang=en&invite=${TOKEN}&x=1 `)).toBe(
			TOKEN,
		);
		expect(parseInvitation(`groundwork.example/?invite=${encodeURIComponent(TOKEN)}`)).toBe(TOKEN);
		expect(parseInvitation(`/?invite=${TOKEN}#top`)).toBe(TOKEN);
	});

	it('accepts the bare token', () => {
		expect(parseInvitation(TOKEN)).toBe(TOKEN);
		expect(parseInvitation(`\n${TOKEN}\t`)).toBe(TOKEN);
	});

	it('refuses what is neither', () => {
		expect(parseInvitation('')).toBeUndefined();
		expect(parseInvitation('   ')).toBeUndefined();
		expect(parseInvitation('https://groundwork.example/b/board-1?token=abc')).toBeUndefined();
		expect(parseInvitation('https://groundwork.example/?invite=')).toBeUndefined();
		expect(parseInvitation('https://groundwork.example/?invite=%E0%A4%A')).toBeUndefined();
		expect(parseInvitation('two words')).toBeUndefined();
		expect(parseInvitation('a'.repeat(MAX_INVITATION_LENGTH + 1))).toBeUndefined();
	});
});
