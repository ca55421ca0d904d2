import type { Catalog } from '../en.js';
import { plAdmin } from './admin.js';
import { plCohort } from './cohort.js';
import { plCohortBoard } from './cohortBoard.js';
import { plCore } from './core.js';
import { plExport } from './export.js';
import { plHistory } from './history.js';
import { plHome } from './home.js';
import { plLibrary } from './library.js';
import { plOffline } from './offline.js';
import { plProgramme } from './programme.js';
import { plProgrammeAdmin } from './programmeAdmin.js';
import { plSecurity } from './security.js';

/** The Polish catalog (pl): every key of the English one. */
export const pl = {
	...plCore,
	...plAdmin,
	...plCohort,
	...plCohortBoard,
	...plExport,
	...plHistory,
	...plHome,
	...plLibrary,
	...plOffline,
	...plProgramme,
	...plProgrammeAdmin,
	...plSecurity,
} satisfies Catalog;
