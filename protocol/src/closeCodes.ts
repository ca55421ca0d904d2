/**
 * WebSocket close codes used by the sync endpoint (`/sync/:boardId`).
 * 1000-1015 are the standard codes; 4000-4999 are ours. See SPEC.md [W2], [W4]-[W7].
 */
export const CloseCode = {
	/** Server shutting down; the client should reconnect later. */
	goingAway: 1001,
	/** A frame was not a well-formed y-websocket message. */
	malformed: 4400,
	/**
	 * Missing, forged or expired token, or a token for another board; also an open connection
	 * whose token was revoked (reason `revoked`) or has expired (reason `expired`). [T6], [T7]
	 */
	unauthorized: 4401,
	/** The token is valid but its role may not do what was attempted. */
	forbidden: 4403,
	/** The board does not exist (or no longer exists). */
	boardNotFound: 4404,
	/** A message exceeded the size limit (standard code). */
	messageTooBig: 1009,
	/**
	 * An update would have made the board's document larger than `MAX_DOC_BYTES`: it was refused
	 * (not applied, stored or relayed) and this one connection closed; the board carries on. In
	 * 4400-4499, so stock y-websocket providers do not reconnect (they would send it again). [W6]
	 */
	documentTooLarge: 4413,
	/** The server hit an unexpected error handling this connection. */
	internalError: 1011,
	/**
	 * The server is restarting (a graceful shutdown on SIGTERM): the client should reconnect at
	 * once, to another instance behind a load balancer; the board was stored first. [L5]
	 */
	serviceRestart: 1012,
	/** The client did not keep up with the board's traffic. */
	tryAgainLater: 1013,
	/**
	 * The connection sent more messages or bytes per second than the server allows
	 * (`RATE_LIMIT_SYNC_*`). Not final: reconnect after a backoff. [W7]
	 */
	rateLimited: 4429,
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
