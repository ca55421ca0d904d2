import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VersionInfo } from '@groundwork/protocol';
import type { VersionStore } from '../../src/storage/VersionStore.js';

/** What a contract run needs: a fresh, empty version store and a way to throw it away. */
export interface VersionStoreFixture {
	versions: VersionStore;
	/** Closes the store and opens a new one on the same data (a restart), when the fixture can. */
	reopen?(): Promise<VersionStore>;
	cleanup(): Promise<void>;
}

const EMPTY = { added: 0, removed: 0, edited: 0 };

function info(id: string, at: number, trigger: VersionInfo['trigger'] = 'activity'): VersionInfo {
	return {
		id,
		at,
		trigger,
		label: `Version ${id}`,
		author: 'Fia',
		summary: {
			cards: { added: 2, removed: 0, edited: 1 },
			gaps: EMPTY,
			frames: EMPTY,
			links: EMPTY,
			cardsByCity: { Split: { added: 2, removed: 0, edited: 1 } },
		},
		bytes: 4,
	};
}

/** Bytes with every value a byte can take, zeros included. */
const SNAPSHOT = Uint8Array.from({ length: 512 }, (_, i) => i % 256);

/**
 * The behaviour every `VersionStore` keeps (SPEC.md [V1]: versions are stored apart from the
 * live board, listed without their snapshots, and loaded on demand).
 */
export function versionStoreContract(name: string, make: () => Promise<VersionStoreFixture>): void {
	describe(`VersionStore contract: ${name}`, () => {
		let fixture: VersionStoreFixture;
		let store: VersionStore;

		beforeEach(async () => {
			fixture = await make();
			store = fixture.versions;
		});
		afterEach(async () => {
			await fixture.cleanup();
		});

		it('[V1] lists nothing for a board without versions', async () => {
			expect(await store.list('board-0001')).toEqual([]);
			expect(await store.get('board-0001', 'v1')).toBeUndefined();
			expect(await store.snapshot('board-0001', 'v1')).toBeUndefined();
		});

		it('[V1] lists versions newest first, and gives back each listing and snapshot exactly', async () => {
			await store.save('board-0001', info('v1', 1000, 'named'), SNAPSHOT);
			await store.save('board-0001', info('v3', 3000), Uint8Array.of(3));
			await store.save('board-0001', info('v2', 2000), Uint8Array.of(2));
			expect((await store.list('board-0001')).map((v) => v.id)).toEqual(['v3', 'v2', 'v1']);
			expect(await store.get('board-0001', 'v1')).toEqual(info('v1', 1000, 'named'));
			expect(await store.snapshot('board-0001', 'v1')).toEqual(SNAPSHOT);
		});

		it('[V1] keeps boards apart, removes single versions and a whole board', async () => {
			await store.save('board-0001', info('v1', 1000), Uint8Array.of(1));
			await store.save('board-0001', info('v2', 2000), Uint8Array.of(2));
			await store.save('board-0002', info('v1', 1500), Uint8Array.of(9));
			await store.remove('board-0001', ['v1']);
			expect((await store.list('board-0001')).map((v) => v.id)).toEqual(['v2']);
			expect(await store.snapshot('board-0002', 'v1')).toEqual(Uint8Array.of(9));
			await store.deleteBoard('board-0001');
			expect(await store.list('board-0001')).toEqual([]);
			expect(await store.list('board-0002')).toHaveLength(1);
		});

		it('[V1] versions survive a restart', async (context) => {
			if (!fixture.reopen) {
				context.skip('this store keeps nothing beyond its process');
				return;
			}
			await store.save('board-0001', info('v1', 1000), SNAPSHOT);
			store = await fixture.reopen();
			expect(await store.get('board-0001', 'v1')).toEqual(info('v1', 1000));
			expect(await store.snapshot('board-0001', 'v1')).toEqual(SNAPSHOT);
		});
	});
}
