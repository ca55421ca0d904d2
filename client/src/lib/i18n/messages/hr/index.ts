import type { Catalog } from '../en.js';
import { hrAdmin } from './admin.js';
import { hrCohort } from './cohort.js';
import { hrCohortBoard } from './cohortBoard.js';
import { hrCore } from './core.js';
import { hrExport } from './export.js';
import { hrHistory } from './history.js';
import { hrHome } from './home.js';
import { hrLibrary } from './library.js';
import { hrOffline } from './offline.js';
import { hrProgramme } from './programme.js';
import { hrProgrammeAdmin } from './programmeAdmin.js';
import { hrSecurity } from './security.js';

/** The Croatian catalog (hr): every key of the English one. */
export const hr = {
	...hrCore,
	...hrAdmin,
	...hrCohort,
	...hrCohortBoard,
	...hrExport,
	...hrHistory,
	...hrHome,
	...hrLibrary,
	...hrOffline,
	...hrProgramme,
	...hrProgrammeAdmin,
	...hrSecurity,
} satisfies Catalog;
