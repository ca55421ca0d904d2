import type { Catalog } from '../en.js';
import { daAdmin } from './admin.js';
import { daCohort } from './cohort.js';
import { daCohortBoard } from './cohortBoard.js';
import { daCore } from './core.js';
import { daExport } from './export.js';
import { daHistory } from './history.js';
import { daHome } from './home.js';
import { daLibrary } from './library.js';
import { daOffline } from './offline.js';
import { daProgramme } from './programme.js';
import { daProgrammeAdmin } from './programmeAdmin.js';
import { daSecurity } from './security.js';

/** The Danish catalog (da): every key of the English one. */
export const da = {
	...daCore,
	...daAdmin,
	...daCohort,
	...daCohortBoard,
	...daExport,
	...daHistory,
	...daHome,
	...daLibrary,
	...daOffline,
	...daProgramme,
	...daProgrammeAdmin,
	...daSecurity,
} satisfies Catalog;
