import { frameHoldsCard, type FrameBox, type Point } from '@groundwork/protocol';

/**
 * Which cards the facilitator's locks hold, as the client shows them [F5]: the locked cards, and
 * every card whose centre lies inside a locked frame. The same rule as the server's, read from
 * the views the UI already has.
 */

/** The boxes of the frames among `locked`. */
export function lockedFrames<F extends FrameBox & { id: string }>(
	frames: readonly F[],
	locked: ReadonlySet<string>,
): F[] {
	return locked.size === 0 ? [] : frames.filter((frame) => locked.has(frame.id));
}

/** True when a card at `position` lies inside one of `frames`. */
export function insideAny(frames: readonly FrameBox[], position: Point): boolean {
	return frames.some((frame) => frameHoldsCard(frame, position));
}

/** The ids of the cards `locked` holds. */
export function heldCardIds(
	cards: readonly ({ id: string } & Point)[],
	frames: readonly (FrameBox & { id: string })[],
	locked: ReadonlySet<string>,
): Set<string> {
	const held = new Set<string>();
	if (locked.size === 0) return held;
	const boxes = lockedFrames(frames, locked);
	for (const card of cards) {
		if (locked.has(card.id) || insideAny(boxes, card)) held.add(card.id);
	}
	return held;
}
