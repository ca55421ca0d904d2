import { parseNumberInput, type PlainCardFields } from '../../sync/cardFields.js';

/** Writes one field of the card; answers whether the value was accepted. */
export type SetField = (key: string, value: unknown) => boolean;

/** What every per-kind field group gets from the details panel. */
export interface FieldGroupProps {
	/** Prefix of the ids of the group's controls (unique on the page). */
	idPrefix: string;
	/** The card's current plain field values. */
	values: PlainCardFields;
	/** True for people who may only read. */
	disabled: boolean;
	set: SetField;
}

/** The change handler of a number input: empty clears, a bad or negative number is refused. */
export function numberChange(set: SetField, key: string) {
	return (raw: string, badInput: boolean): boolean => !badInput && set(key, parseNumberInput(raw));
}

/** The change handler of a short text input: trimmed; empty clears. */
export function textChange(set: SetField, key: string) {
	return (raw: string): boolean => set(key, raw.trim() || undefined);
}

/** The change handler of a date input: empty clears. */
export function dateChange(set: SetField, key: string) {
	return (raw: string, badInput: boolean): boolean =>
		!badInput && set(key, raw.trim() || undefined);
}

/** Options of a select, labelled through the catalog. */
export function optionsOf<T extends string>(
	values: readonly T[],
	label: (value: T) => string,
): { value: T; label: string }[] {
	return values.map((value) => ({ value, label: label(value) }));
}
