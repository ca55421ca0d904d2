import type { Catalog } from '../en.js';
import { esAdmin } from './admin.js';
import { esCohort } from './cohort.js';
import { esCohortBoard } from './cohortBoard.js';
import { esCore } from './core.js';
import { esExport } from './export.js';
import { esHistory } from './history.js';
import { esHome } from './home.js';
import { esLibrary } from './library.js';
import { esOffline } from './offline.js';
import { esProgramme } from './programme.js';
import { esProgrammeAdmin } from './programmeAdmin.js';
import { esSecurity } from './security.js';

/** The Spanish catalog (es): every key of the English one. */
export const es = {
	...esCore,
	...esAdmin,
	...esCohort,
	...esCohortBoard,
	...esExport,
	...esHistory,
	...esHome,
	...esLibrary,
	...esOffline,
	...esProgramme,
	...esProgrammeAdmin,
	...esSecurity,
} satisfies Catalog;
