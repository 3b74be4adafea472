import { engagementTell } from './engagement.js';
import { lunchTell } from './lunch.js';
import { namesTell } from './names.js';
import { pagesTell } from './pages.js';
import { shiftTell, weekendTell } from './shift.js';
import { templatesTell } from './templates.js';
import type { GroupTell } from './types.js';

/** Every group tell, in report order. */
export const GROUP_TELLS: readonly GroupTell[] = [pagesTell, shiftTell, lunchTell, weekendTell, namesTell, engagementTell, templatesTell];
