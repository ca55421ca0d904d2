import type { Room } from './Room.js';
import type { RoomManager } from './RoomManager.js';

/** Runs `use` on the board's live room, loading it when needed and letting it go after. */
export async function withRoom<T>(
	rooms: RoomManager,
	boardId: string,
	use: (room: Room) => T | Promise<T>,
): Promise<T> {
	const room = await rooms.acquire(boardId);
	try {
		return await use(room);
	} finally {
		rooms.release(room);
	}
}
