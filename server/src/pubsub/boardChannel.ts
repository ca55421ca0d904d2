import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The pub/sub channel of one board; the hash tag keeps a board's names on one Redis slot. */
export function boardChannel(boardId: string): string {
	return `gw:{${boardId}}:events`;
}

/** What instances tell each other about a board. */
export const BoardEventKind = {
	/** A document update the sender stored. */
	update: 0,
	/** An awareness update of the sender's peers. */
	awareness: 1,
	/** "Send me your peers' presence": a board was just loaded on the sender. */
	presenceQuery: 2,
} as const;

/** One of the kinds above. */
export type BoardEventKind = (typeof BoardEventKind)[keyof typeof BoardEventKind];

/** A message on a board's channel, tagged with the instance that sent it. */
export interface BoardEvent {
	kind: BoardEventKind;
	origin: string;
	payload: Uint8Array;
}

/** Encodes an event as `varUint kind, varString origin, varUint8Array payload`. */
export function encodeBoardEvent(event: BoardEvent): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, event.kind);
	encoding.writeVarString(encoder, event.origin);
	encoding.writeVarUint8Array(encoder, event.payload);
	return encoding.toUint8Array(encoder);
}

/** Decodes an event; throws on malformed bytes or an unknown kind. */
export function decodeBoardEvent(bytes: Uint8Array): BoardEvent {
	const decoder = decoding.createDecoder(bytes);
	const kind = decoding.readVarUint(decoder);
	if (kind > BoardEventKind.presenceQuery) throw new Error(`unknown board event kind ${kind}`);
	const origin = decoding.readVarString(decoder);
	const payload = decoding.readVarUint8Array(decoder);
	return { kind: kind as BoardEventKind, origin, payload };
}
