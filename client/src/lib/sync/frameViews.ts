import type * as Y from 'yjs';
import { framesMap } from '@groundwork/protocol';
import { EntryViews } from './entryViews.js';
import { compareFrames, readFrame, type FrameView } from './frames.js';

/** The board's frames as plain views, oldest (drawn lowest) first, re-read where touched. */
export class FrameViews extends EntryViews<FrameView> {
	constructor(doc: Y.Doc) {
		super(framesMap(doc), readFrame, compareFrames);
	}
}
