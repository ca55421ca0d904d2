/**
 * The transaction origin of every change this client makes to the board document by hand
 * (`doc.transact(fn, LOCAL_ORIGIN)`): adding, moving, deleting cards, changing their kind,
 * typing. The undo history tracks only this origin, so it never undoes what others did: updates
 * y-websocket applies from the server carry the provider as their origin.
 */
export const LOCAL_ORIGIN: unique symbol = Symbol('groundwork.local');
