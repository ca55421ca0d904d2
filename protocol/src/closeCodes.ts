/**
 * WebSocket close codes used by the sync endpoint (`/sync/:boardId`).
 * 1000-1015 are the standard codes; 4000-4999 are ours. See SPEC.md [W2], [W4], [W5].
 */
export const CloseCode = {
	/** Server shutting down; the client should reconnect later. */
	goingAway: 1001,
	/** A frame was not a well-formed y-websocket message. */
	malformed: 4400,
	/** Missing, forged or expired token, or a token for another board. */
	unauthorized: 4401,
	/** The token is valid but its role may not do what was attempted. */
	forbidden: 4403,
	/** The board does not exist (or no longer exists). */
	boardNotFound: 4404,
	/** A message exceeded the size limit (standard code). */
	messageTooBig: 1009,
	/** The server hit an unexpected error handling this connection. */
	internalError: 1011,
	/** The client did not keep up with the board's traffic. */
	tryAgainLater: 1013,
	/**
	 * The board was unlocked after the server dropped some of this client's updates (sent while
	 * it was locked): reconnect, so the sync exchange sends them again. [F5] Outside 4400-4499,
	 * which stock y-websocket providers take as final.
	 */
	resync: 4100,
} as const;

/** One of the close codes above. */
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which reconnecting with the same token cannot succeed. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([
	CloseCode.unauthorized,
	CloseCode.forbidden,
	CloseCode.boardNotFound,
]);
