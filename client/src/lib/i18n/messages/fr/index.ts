import type { Catalog } from '../en.js';
import { frAdmin } from './admin.js';
import { frCohort } from './cohort.js';
import { frCohortBoard } from './cohortBoard.js';
import { frCore } from './core.js';
import { frExport } from './export.js';
import { frHistory } from './history.js';
import { frHome } from './home.js';
import { frLibrary } from './library.js';
import { frOffline } from './offline.js';
import { frProgramme } from './programme.js';
import { frProgrammeAdmin } from './programmeAdmin.js';
import { frSecurity } from './security.js';

/** The French catalog (fr): every key of the English one. */
export const fr = {
	...frCore,
	...frAdmin,
	...frCohort,
	...frCohortBoard,
	...frExport,
	...frHistory,
	...frHome,
	...frLibrary,
	...frOffline,
	...frProgramme,
	...frProgrammeAdmin,
	...frSecurity,
} satisfies Catalog;
