import type { Catalog } from '../en.js';
import { itAdmin } from './admin.js';
import { itCohort } from './cohort.js';
import { itCohortBoard } from './cohortBoard.js';
import { itCore } from './core.js';
import { itExport } from './export.js';
import { itHistory } from './history.js';
import { itHome } from './home.js';
import { itLibrary } from './library.js';
import { itOffline } from './offline.js';
import { itProgramme } from './programme.js';
import { itProgrammeAdmin } from './programmeAdmin.js';
import { itSecurity } from './security.js';

/** The Italian catalog (it): every key of the English one. */
export const it = {
	...itCore,
	...itAdmin,
	...itCohort,
	...itCohortBoard,
	...itExport,
	...itHistory,
	...itHome,
	...itLibrary,
	...itOffline,
	...itProgramme,
	...itProgrammeAdmin,
	...itSecurity,
} satisfies Catalog;
