import * as Y from 'yjs';
import { framesMap } from '@groundwork/protocol';
import { compareFrames, readFrame, type FrameView } from './frames.js';

/**
 * The board's frames as plain views, kept up to date from Yjs events: only the frames an event
 * touched are read again, every other frame keeps its view object (as `CardViews` does for cards).
 */
export class FrameViews {
	readonly #views = new Map<string, FrameView>();
	readonly #frames: Y.Map<Y.Map<unknown>>;

	constructor(doc: Y.Doc) {
		this.#frames = framesMap(doc);
		for (const id of this.#frames.keys()) this.#read(id);
	}

	/** Every frame, oldest first (the order to draw them in). */
	sorted(): FrameView[] {
		return [...this.#views.values()].sort(compareFrames);
	}

	/** The view of one frame, if it exists and is well formed. */
	get(id: string): FrameView | undefined {
		return this.#views.get(id);
	}

	/**
	 * Re-reads the frames that `events` (from `observeDeep` on the frames map) touched. Returns
	 * false when no frame was touched.
	 */
	apply(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
		const touched = new Set<string>();
		for (const event of events) {
			if (event.target === this.#frames) {
				for (const key of event.changes.keys.keys()) touched.add(key);
			} else {
				const id = event.path[0];
				if (typeof id === 'string') touched.add(id);
			}
		}
		for (const id of touched) this.#read(id);
		return touched.size > 0;
	}

	#read(id: string): void {
		const frame = this.#frames.get(id);
		const view = frame instanceof Y.Map ? readFrame(id, frame) : undefined;
		if (view) this.#views.set(id, view);
		else this.#views.delete(id);
	}
}
