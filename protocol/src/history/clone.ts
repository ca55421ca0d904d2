import * as Y from 'yjs';

/**
 * Copies a value of one document so it can be inserted into another (or back into the same one
 * after it was deleted): shared types are rebuilt with the same content, plain values are
 * copied. A Yjs type can only be integrated once, so restoring and importing go through here.
 */
export function cloneValue(value: unknown): unknown {
	if (value instanceof Y.Text) return new Y.Text(value.toString());
	if (value instanceof Y.Map) {
		const map = new Y.Map<unknown>();
		for (const [key, entry] of value.entries()) map.set(key, cloneValue(entry));
		return map;
	}
	if (value instanceof Y.Array) {
		const array = new Y.Array<unknown>();
		array.push(value.toArray().map(cloneValue));
		return array;
	}
	if (value instanceof Y.AbstractType) return undefined;
	return structuredClone(value);
}
