import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The y-websocket wire protocol (the same bytes as y-websocket and y-protocols), parsed
 * strictly: a frame must be exactly one known message and nothing more. See SPEC.md [W1]-[W4].
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** Sub-types of a sync message (y-protocols/sync). */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/** A well-formed message from a peer. */
export type SyncMessage =
	| { type: 'syncStep1'; stateVector: Uint8Array }
	| { type: 'syncStep2'; update: Uint8Array }
	| { type: 'update'; update: Uint8Array }
	| { type: 'awareness'; update: Uint8Array }
	| { type: 'queryAwareness' };

/** The outcome of parsing one frame: the message, or why it was refused. */
export type ParseResult = { ok: true; message: SyncMessage } | { ok: false; reason: string };

function readPayload(decoder: decoding.Decoder): Uint8Array {
	return decoding.readVarUint8Array(decoder);
}

function parseSync(decoder: decoding.Decoder): SyncMessage {
	const syncType = decoding.readVarUint(decoder);
	switch (syncType) {
		case SyncType.step1: {
			const stateVector = readPayload(decoder);
			Y.decodeStateVector(stateVector);
			return { type: 'syncStep1', stateVector };
		}
		case SyncType.step2:
		case SyncType.update: {
			const update = readPayload(decoder);
			Y.decodeUpdate(update);
			return { type: syncType === SyncType.step2 ? 'syncStep2' : 'update', update };
		}
		default:
			throw new Error(`unknown sync message type ${syncType}`);
	}
}

function parseOne(decoder: decoding.Decoder): SyncMessage {
	const type = decoding.readVarUint(decoder);
	switch (type) {
		case MessageType.sync:
			return parseSync(decoder);
		case MessageType.awareness:
			return { type: 'awareness', update: readPayload(decoder) };
		case MessageType.queryAwareness:
			return { type: 'queryAwareness' };
		default:
			throw new Error(`unknown message type ${type}`);
	}
}

/**
 * Parses one binary frame from a peer. Never throws: truncated, trailing or unknown bytes,
 * and sync payloads that are not valid Yjs updates or state vectors, give `{ ok: false }`. [W2]
 */
export function parseMessage(frame: Uint8Array): ParseResult {
	try {
		const decoder = decoding.createDecoder(frame);
		const message = parseOne(decoder);
		if (decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes after message' };
		return { ok: true, message };
	} catch (error) {
		const reason = error instanceof Error ? error.message : 'unreadable message';
		return { ok: false, reason: reason || 'unreadable message' };
	}
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MessageType.sync);
	encoding.writeVarUint(encoder, syncType);
	encoding.writeVarUint8Array(encoder, payload);
	return encoding.toUint8Array(encoder);
}

/** Sync step 1: "here is my state vector, send me what I miss". */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
	return encodeSync(SyncType.step1, stateVector);
}

/** Sync step 2: the update answering a step 1. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
	return encodeSync(SyncType.step2, update);
}

/** An incremental document update. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
	return encodeSync(SyncType.update, update);
}

/** An awareness (presence) update. */
export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MessageType.awareness);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
}
