import type { SeminarArchive, Seminar } from '@groundwork/protocol';
import type { VersionService } from '../history/VersionService.js';
import type { Logger } from '../log.js';
import type { ProgrammeStore } from '../storage/ProgrammeStore.js';

/** What the archiver is built from. */
export interface SeminarArchiverDeps {
	programmes: ProgrammeStore;
	versions: VersionService;
	log: Logger;
	/** How often ended seminars are looked for. */
	checkEveryMs: number;
	now?: () => number;
}

/** The label of the version a seminar's board is saved as. */
export function archiveLabel(seminar: Pick<Seminar, 'title'>): string {
	return `After seminar: ${seminar.title}`.slice(0, 120);
}

/**
 * Saves each seminar's board into the programme's history once the seminar has ended (issue 11,
 * SPEC [G9]): a `named` version of the board as it is, its votes and breakout frames included.
 * Every instance looks every `checkEveryMs`; the store's atomic claim lets one of them save it.
 */
export class SeminarArchiver {
	private timer: NodeJS.Timeout | undefined;
	private running: Promise<void> | undefined;
	private readonly now: () => number;

	constructor(private readonly deps: SeminarArchiverDeps) {
		this.now = deps.now ?? Date.now;
	}

	start(): void {
		if (this.timer) return;
		this.timer = setInterval(() => void this.sweep(), this.deps.checkEveryMs);
		this.timer.unref();
	}

	/** Stops looking and waits for a save under way. */
	async stop(): Promise<void> {
		clearInterval(this.timer);
		this.timer = undefined;
		await this.running;
	}

	/** Saves every ended seminar not saved yet (one sweep at a time). */
	sweep(): Promise<void> {
		this.running ??= this.sweepNow().finally(() => {
			this.running = undefined;
		});
		return this.running;
	}

	/** Saves the seminar's board now (a coordinator asked), whether or not it was saved before. */
	async archiveNow(seminar: Seminar): Promise<SeminarArchive> {
		const at = this.now();
		await this.deps.programmes.claimArchive(seminar.programmeId, seminar.id, at);
		return this.save(seminar, at);
	}

	private async sweepNow(): Promise<void> {
		const now = this.now();
		try {
			for (const programmeId of await this.deps.programmes.programmeIds()) {
				const seminars = await this.deps.programmes.seminars(programmeId);
				for (const seminar of seminars) {
					if (seminar.end > now) continue;
					if (!(await this.deps.programmes.claimArchive(programmeId, seminar.id, now))) continue;
					await this.save(seminar, now).catch((error: unknown) => {
						this.deps.log.error(
							{ err: error, board: seminar.boardId, programme: programmeId },
							'saving an ended seminar into the history failed',
						);
					});
				}
			}
		} catch (error) {
			this.deps.log.error({ err: error }, 'looking for ended seminars failed');
		}
	}

	private async save(seminar: Seminar, at: number): Promise<SeminarArchive> {
		const version = await this.deps.versions.take(seminar.boardId, 'named', {
			label: archiveLabel(seminar),
		});
		if (!version) throw new Error(`no version taken of board ${seminar.boardId}`);
		await this.deps.programmes.recordArchive(seminar.programmeId, seminar.id, version.id);
		return { seminarId: seminar.id, at, versionId: version.id };
	}
}
