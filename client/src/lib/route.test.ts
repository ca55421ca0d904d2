import { describe, expect, it } from 'vitest';
import { parseRoute } from './route.js';

describe('parseRoute', () => {
	it('reads the home page and board links', () => {
		expect(parseRoute('/', '')).toEqual({ page: 'home' });
		expect(parseRoute('/b/abcdEFGH12', '?token=xyz')).toEqual({
			page: 'board',
			boardId: 'abcdEFGH12',
			token: 'xyz',
		});
		expect(parseRoute('/b/abcdEFGH12/', '')).toEqual({
			page: 'board',
			boardId: 'abcdEFGH12',
			token: '',
		});
		expect(parseRoute('/elsewhere', '')).toEqual({ page: 'notFound' });
	});

	it('reads a cohort invitation and the cohort view of a board', () => {
		expect(parseRoute('/', '?invite=i1.abc.def')).toEqual({ page: 'home', invite: 'i1.abc.def' });
		expect(parseRoute('/b/abcdEFGH12', '?view=cohort&token=xyz')).toEqual({
			page: 'cohort',
			boardId: 'abcdEFGH12',
			token: 'xyz',
		});
	});

	it('reads the public library', () => {
		expect(parseRoute('/library', '')).toEqual({ page: 'library' });
		expect(parseRoute('/library/', '?sector=energy')).toEqual({ page: 'library' });
		expect(parseRoute('/library/extra', '')).toEqual({ page: 'notFound' });
	});

	it('reads a programme’s pages', () => {
		expect(parseRoute('/programmes/new', '')).toEqual({ page: 'programmeNew' });
		expect(parseRoute('/programmes/abc', '')).toEqual({ page: 'programme', programmeId: 'abc' });
		expect(parseRoute('/programmes/abc/', '')).toEqual({ page: 'programme', programmeId: 'abc' });
		expect(parseRoute('/programmes/abc/registered', '')).toEqual({
			page: 'programmeRegistered',
			programmeId: 'abc',
		});
		expect(parseRoute('/programmes/abc/manage', '?token=x')).toEqual({
			page: 'programmeManage',
			programmeId: 'abc',
			token: 'x',
		});
		expect(parseRoute('/programmes/abc/enter', '?pass=y')).toEqual({
			page: 'programmeEnter',
			programmeId: 'abc',
			pass: 'y',
		});
		expect(parseRoute('/programmes/abc/enter', '')).toEqual({
			page: 'programmeEnter',
			programmeId: 'abc',
			pass: '',
		});
		expect(parseRoute('/programmes/abc/other', '')).toEqual({ page: 'notFound' });
		expect(parseRoute('/programmes', '')).toEqual({ page: 'notFound' });
	});
});
