import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memoryStorage.js';
import { parseRoute } from '../route.js';
import { REPORT_TOKEN_KEY_PREFIX, reportPath, reportToken } from './reportLink.js';

describe('the report’s address', () => {
	it('is the board’s page with view=report, with or without the token', () => {
		expect(reportPath('abc', 'v1.x.y')).toBe('/b/abc?view=report&token=v1.x.y');
		expect(reportPath('a/b')).toBe('/b/a%2Fb?view=report');
		expect(parseRoute('/b/abc', '?view=report&token=v1.x.y')).toEqual({
			page: 'report',
			boardId: 'abc',
			token: 'v1.x.y',
		});
		expect(parseRoute('/b/abc', '?token=v1.x.y&view=other')).toEqual({
			page: 'board',
			boardId: 'abc',
			token: 'v1.x.y',
		});
	});

	it('keeps the token for this tab once the address no longer shows it', () => {
		const storage = memoryStorage();
		expect(reportToken('abc', 'v1.x.y', storage)).toBe('v1.x.y');
		expect(storage.getItem(`${REPORT_TOKEN_KEY_PREFIX}abc`)).toBe('v1.x.y');
		// A reload of the address without the token reads it back; another board has none.
		expect(reportToken('abc', '', storage)).toBe('v1.x.y');
		expect(reportToken('other', '', storage)).toBe('');
		expect(reportToken('abc', '', undefined)).toBe('');
	});
});
