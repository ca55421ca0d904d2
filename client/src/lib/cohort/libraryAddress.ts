import { libraryQuerySchema, type LibraryQuery } from '@groundwork/protocol';
import { FILTER_FIELDS } from './libraryFilters.js';

/**
 * The public library's address (`/library`, no token) with its search and filters in the query
 * string, so a filtered view can be shared and survives a reload.
 */

/** Where the deployment's public library of best practices is. */
export const PUBLIC_LIBRARY_PATH = '/library';

const QUERY_KEYS = ['q', ...FILTER_FIELDS] as const;

/** The search and filters of a query string; a value the library does not know is left out. */
export function libraryQueryFromSearch(search: string): LibraryQuery {
	const params = new URLSearchParams(search);
	const query: Record<string, string> = {};
	for (const key of QUERY_KEYS) {
		const value = params.get(key)?.trim();
		if (!value) continue;
		if (libraryQuerySchema.shape[key].safeParse(value).success) query[key] = value;
	}
	return query as LibraryQuery;
}

/** The public library's address with `query` ("/library?sector=energy"). */
export function publicLibraryPath(query: LibraryQuery): string {
	const params = new URLSearchParams();
	for (const key of QUERY_KEYS) {
		const value = query[key]?.trim();
		if (value) params.set(key, value);
	}
	const text = params.toString();
	return text ? `${PUBLIC_LIBRARY_PATH}?${text}` : PUBLIC_LIBRARY_PATH;
}
