import type { Catalog } from '../en.js';
import { deAdmin } from './admin.js';
import { deCohort } from './cohort.js';
import { deCohortBoard } from './cohortBoard.js';
import { deCore } from './core.js';
import { deExport } from './export.js';
import { deHistory } from './history.js';
import { deHome } from './home.js';
import { deLibrary } from './library.js';
import { deOffline } from './offline.js';
import { deProgramme } from './programme.js';
import { deProgrammeAdmin } from './programmeAdmin.js';
import { deSecurity } from './security.js';

/** The German catalog (de): every key of the English one. */
export const de = {
	...deCore,
	...deAdmin,
	...deCohort,
	...deCohortBoard,
	...deExport,
	...deHistory,
	...deHome,
	...deLibrary,
	...deOffline,
	...deProgramme,
	...deProgrammeAdmin,
	...deSecurity,
} satisfies Catalog;
