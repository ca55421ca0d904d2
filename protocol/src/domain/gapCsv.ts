import Papa from 'papaparse';
import { z } from 'zod';
import {
	EVIDENCE_SOURCES,
	GAP_FIELD_KEYS,
	GAP_FIELD_SCHEMAS,
	parseGapField,
	type GapFieldKey,
	type GapFieldValues,
} from './gapFields.js';

/**
 * The gap list as CSV, for spreadsheets (SPEC.md [D12]): one row per gap, a header of
 * `GAP_CSV_COLUMNS`, enumerations as their ids, `evidence` and `peerSuggestions` as one entry
 * per line inside their cell. Export and import are written together so they stay each other's
 * inverse; the server's endpoints and the client use the same two functions.
 */

/** The columns of a gap CSV, in order: the gap's id, then every gap field by its key. [D12] */
export const GAP_CSV_COLUMNS: readonly GapCsvColumn[] = ['id', ...GAP_FIELD_KEYS];
export type GapCsvColumn = 'id' | GapFieldKey;

/** The largest CSV file the import endpoint accepts, in bytes. [D12] */
export const MAX_CSV_BYTES = 1_000_000;

/** The most gaps one CSV file may hold (blank lines not counted). [D12] */
export const MAX_CSV_ROWS = 2000;

/** A gap's id in the `id` column. */
const GAP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** One gap read from a CSV file. */
export interface GapCsvRow {
	/** The 1-based line of the file where the row starts (the header is line 1). */
	line: number;
	id?: string;
	values: GapFieldValues;
}

/** A problem in a CSV file: a bad cell (`line` and `column`), or the whole file (`line` 0). */
export interface GapCsvIssue {
	line: number;
	column?: string;
	message: string;
}

/** What `parseGapCsv` read: the good rows, one issue per problem, and the header's columns. */
export interface GapCsvResult {
	rows: GapCsvRow[];
	issues: GapCsvIssue[];
	/** The columns the header named, in its order: a field without one is not in the file. */
	columns: GapCsvColumn[];
	/** Header names that are no column, as written. */
	ignoredColumns: string[];
}

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"), or one that already
 * starts with the escaping `'`: export adds a `'` to both, import takes one away, so every
 * value comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

const unescapeFormula = (cell: string): string =>
	cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;

/** A list entry's text on one line: line breaks become spaces (the format's one lossy point). */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

const LINE_BREAK = /\r\n|\r|\n/g;

const EVIDENCE_FORMAT = `"source | url | text" (source one of ${EVIDENCE_SOURCES.join(', ')}; url may be empty)`;
const SUGGESTION_FORMAT = '"city | text"';

function formatCell(key: GapFieldKey, values: GapFieldValues): string {
	if (key === 'evidence') {
		// A `|` in a URL is written percent-encoded: the same URL, and the cell stays splittable.
		return (values.evidence ?? [])
			.map((e) => `${e.source} | ${(e.url ?? '').replaceAll('|', '%7C')} | ${oneLine(e.text)}`)
			.join('\n');
	}
	if (key === 'peerSuggestions') {
		return (values.peerSuggestions ?? [])
			.map((s) => `${oneLine(s.city).replaceAll('|', '/')} | ${oneLine(s.text)}`)
			.join('\n');
	}
	const value = values[key];
	return value === undefined ? '' : String(value);
}

/**
 * The gaps as CSV text: a header of `GAP_CSV_COLUMNS`, every line ended by CRLF, RFC 4180
 * quoting, and any cell a spreadsheet would run as a formula quoted and prefixed with `'`. [D12]
 * The text has no byte order mark: whoever writes it to a file adds one when the reader needs
 * it (Excel does, to read UTF-8), so the text stays plain for everyone else.
 */
export function gapsToCsv(rows: readonly { id: string; values: GapFieldValues }[]): string {
	const data = rows.map(({ id, values }) => [
		id,
		...GAP_FIELD_KEYS.map((key) => formatCell(key, values)),
	]);
	const csv = Papa.unparse(
		{ fields: [...GAP_CSV_COLUMNS], data },
		{ newline: '\r\n', escapeFormulae: FORMULA_START },
	);
	// Papa ends the header alone with a line break, and the last row without one.
	return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

/** The ids of an enumerated field, or undefined for any other field. */
function enumOptions(key: GapFieldKey): readonly string[] | undefined {
	const schema: z.ZodType = GAP_FIELD_SCHEMAS[key];
	return schema instanceof z.ZodEnum ? (schema.options as string[]) : undefined;
}

/** Matches a spreadsheet's spelling (`Partially met`) to an id (`partially_met`). */
function matchOption(options: readonly string[], cell: string): string | undefined {
	const wanted = cell.toLowerCase().replace(/\s+/g, '_');
	return options.find((option) => option.toLowerCase() === wanted);
}

/** Splits `a | b | rest` into `count` trimmed parts, the last taking the rest. */
function splitParts(line: string, count: number): string[] | undefined {
	const parts = line.split('|');
	if (parts.length < count) return undefined;
	return [...parts.slice(0, count - 1), parts.slice(count - 1).join('|')].map((p) => p.trim());
}

function listEntry(key: 'evidence' | 'peerSuggestions', line: string): unknown {
	if (key === 'peerSuggestions') {
		const parts = splitParts(line, 2);
		return parts && { city: parts[0], text: parts[1] };
	}
	const parts = splitParts(line, 3);
	if (!parts) return undefined;
	const [source = '', url = '', text = ''] = parts;
	const entry = { source: matchOption(EVIDENCE_SOURCES, source) ?? source, text };
	return url === '' ? entry : { ...entry, url };
}

type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

function parseListCell(key: 'evidence' | 'peerSuggestions', cell: string): CellResult {
	const format = key === 'evidence' ? EVIDENCE_FORMAT : SUGGESTION_FORMAT;
	const lines = cell.split(LINE_BREAK).filter((line) => line.trim() !== '');
	const entries: unknown[] = [];
	for (const [index, line] of lines.entries()) {
		const entry = listEntry(key, line);
		const checked = entry === undefined ? undefined : parseGapField(key, [entry]);
		if (!checked?.ok) {
			const why = checked ? `${checked.issue.message}; ` : '';
			return { ok: false, message: `entry ${index + 1}: ${why}expected one per line as ${format}` };
		}
		entries.push(entry);
	}
	const parsed = parseGapField(key, entries);
	return parsed.ok ? parsed : { ok: false, message: parsed.issue.message };
}

/** Reads one non-empty cell into a field value, through the shared validation. [D10] */
function parseCell(key: GapFieldKey, cell: string): CellResult {
	if (key === 'evidence' || key === 'peerSuggestions') return parseListCell(key, cell);
	const options = enumOptions(key);
	const value = options ? (matchOption(options, cell) ?? cell) : cell;
	const parsed = parseGapField(key, value);
	if (parsed.ok) return parsed;
	if (options) return { ok: false, message: `"${cell}" is not one of ${options.join(', ')}` };
	const hint = key === 'dueDate' ? ' (expected a date as YYYY-MM-DD)' : '';
	return { ok: false, message: `${parsed.issue.message}${hint}` };
}

/** Reads one data row; `seenIds` holds the ids of earlier rows, by line. */
function parseRow(
	cells: string[],
	columns: (GapCsvColumn | undefined)[],
	line: number,
	seenIds: Map<string, number>,
): { row?: GapCsvRow; issues: GapCsvIssue[] } {
	const issues: GapCsvIssue[] = [];
	const values: Record<string, unknown> = {};
	let id: string | undefined;
	// Over the row's cells, not the header's columns: the work is bounded by the file's size.
	for (const [index, raw] of cells.entries()) {
		const column = columns[index];
		const cell = unescapeFormula(raw.trim());
		if (!column || cell === '') continue;
		if (column === 'id') {
			const earlier = seenIds.get(cell);
			if (!GAP_ID_PATTERN.test(cell)) {
				issues.push({ line, column, message: 'id: expected 1 to 64 of A-Z a-z 0-9 _ -' });
			} else if (earlier !== undefined) {
				issues.push({ line, column, message: `id: "${cell}" is already on line ${earlier}` });
			} else id = cell;
			continue;
		}
		const parsed = parseCell(column, cell);
		if (parsed.ok) values[column] = parsed.value;
		else issues.push({ line, column, message: `${column}: ${parsed.message}` });
	}
	if (values['title'] === undefined && !issues.some((issue) => issue.column === 'title')) {
		issues.push({ line, column: 'title', message: 'title: every gap needs a title' });
	}
	if (id !== undefined) seenIds.set(id, line);
	if (issues.length > 0) return { issues };
	return { row: { line, ...(id === undefined ? {} : { id }), values }, issues };
}

/** Each column by its name in lower case, to match header cells in any case. */
const COLUMN_BY_NAME: ReadonlyMap<string, GapCsvColumn> = new Map(
	GAP_CSV_COLUMNS.map((key) => [key.toLowerCase(), key]),
);

/**
 * Which column each header cell names (case and spaces ignored), and what it could not name.
 * Linear in the header's cells: a hostile header of 100,000 names must not stall the server.
 */
function readHeader(header: string[]): {
	columns: (GapCsvColumn | undefined)[];
	ignoredColumns: string[];
	issues: GapCsvIssue[];
} {
	const ignored = new Set<string>();
	const issues: GapCsvIssue[] = [];
	const seen = new Set<GapCsvColumn>();
	const repeated = new Set<GapCsvColumn>();
	const columns = header.map((cell) => {
		const name = cell.trim();
		const column = COLUMN_BY_NAME.get(name.toLowerCase());
		if (!column) {
			if (name !== '') ignored.add(name);
			return undefined;
		}
		// One issue per repeated column, however often it is repeated.
		if (seen.has(column) && !repeated.has(column)) {
			repeated.add(column);
			issues.push({ line: 0, column, message: `The column "${column}" appears twice.` });
		}
		seen.add(column);
		return column;
	});
	if (!columns.includes('title')) {
		issues.push({
			line: 0,
			message: 'The file has no "title" column: its first line must name the columns.',
		});
	}
	return { columns, ignoredColumns: [...ignored], issues };
}

/** `;` when the first line (the header) has more of them than `,` (a European Excel), else `,`. */
function detectDelimiter(text: string): ',' | ';' {
	const header = text.split(LINE_BREAK, 1)[0] ?? '';
	const count = (char: string): number => header.split(char).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

interface CsvRecord {
	cells: string[];
	/** The line it starts on. */
	line: number;
	quoteError: boolean;
}

/** The file's non-blank records with their lines; `tooMany` past `maxRecords` (then stops). */
function readRecords(body: string, maxRecords: number): { records: CsvRecord[]; tooMany: boolean } {
	const records: CsvRecord[] = [];
	let line = 1;
	let start = 0;
	let tooMany = false;
	Papa.parse<string[]>(body, {
		delimiter: detectDelimiter(body),
		step: (result, parser) => {
			if (!isBlank(result.data)) {
				const quoteError = result.errors.some((error) => error.type === 'Quotes');
				records.push({ cells: result.data, line, quoteError });
				if (records.length > maxRecords) {
					tooMany = true;
					parser.abort();
				}
			}
			const end = result.meta.cursor;
			line += body.slice(start, end).match(LINE_BREAK)?.length ?? 0;
			start = end;
		},
	});
	return { records, tooMany };
}

/**
 * Reads a gap CSV (SPEC.md [D12]): the header names the columns (in any order and case;
 * unknown ones are ignored and listed), every cell goes through `parseGapField`, and a row with
 * any bad cell is left out with one issue per bad cell. Problems of the whole file (empty, no
 * `title` column, more than `maxRows` rows) are issues on line 0 and leave no rows.
 */
export function parseGapCsv(text: string, options: { maxRows?: number } = {}): GapCsvResult {
	const maxRows = options.maxRows ?? MAX_CSV_ROWS;
	const body = text.startsWith('\ufeff') ? text.slice(1) : text;
	const { records, tooMany } = readRecords(body, maxRows + 1);
	const [header, ...data] = records;
	if (!header) {
		return {
			rows: [],
			issues: [{ line: 0, message: 'The file is empty.' }],
			columns: [],
			ignoredColumns: [],
		};
	}
	const { columns, ignoredColumns, issues } = readHeader(header.cells);
	const known = columns.filter((column) => column !== undefined);
	if (tooMany)
		issues.push({ line: 0, message: `The file has more than ${maxRows} rows; split it.` });
	if (issues.length > 0) return { rows: [], issues, columns: known, ignoredColumns };
	const rows: GapCsvRow[] = [];
	const seenIds = new Map<string, number>();
	for (const record of data) {
		if (record.quoteError) {
			issues.push({ line: record.line, message: 'A quoted cell is not closed properly.' });
			continue;
		}
		const parsed = parseRow(record.cells, columns, record.line, seenIds);
		if (parsed.row) rows.push(parsed.row);
		issues.push(...parsed.issues);
	}
	return { rows, issues, columns: known, ignoredColumns };
}
