import type * as Y from 'yjs';
import { linksMap } from '@groundwork/protocol';
import { EntryViews } from './entryViews.js';
import { compareLinks, readLink, type LinkView } from './links.js';

/** The board's links as plain views, oldest first, re-read only where an event touched them. */
export class LinkViews extends EntryViews<LinkView> {
	constructor(doc: Y.Doc) {
		super(linksMap(doc), readLink, compareLinks);
	}
}
