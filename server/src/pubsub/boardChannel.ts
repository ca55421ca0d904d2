import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The pub/sub channel of one board; the hash tag keeps a board's keys on one Redis slot. */
export function boardChannel(boardId: string): string {
	return `gw:{${boardId}}:updates`;
}

/** A document update relayed between instances, tagged with the instance that accepted it. */
export interface RelayedUpdate {
	origin: string;
	update: Uint8Array;
}

/** Encodes a relayed update as `varString origin, varUint8Array update`. */
export function encodeRelayedUpdate(message: RelayedUpdate): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, message.origin);
	encoding.writeVarUint8Array(encoder, message.update);
	return encoding.toUint8Array(encoder);
}

/** Decodes a relayed update; throws on malformed bytes. */
export function decodeRelayedUpdate(bytes: Uint8Array): RelayedUpdate {
	const decoder = decoding.createDecoder(bytes);
	return { origin: decoding.readVarString(decoder), update: decoding.readVarUint8Array(decoder) };
}
