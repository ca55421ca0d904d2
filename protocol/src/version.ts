/** Version of the board document schema written by this code. Raised by each migration. */
export const SCHEMA_VERSION = 2;

/** Version of the public HTTP and WebSocket contract described in protocol/README.md. */
export const PROTOCOL_VERSION = 1;
