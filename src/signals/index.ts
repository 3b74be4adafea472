import { closedEngagement } from './closed-engagement.js';
import { coCommenting } from './co-commenting.js';
import { copyPaste } from './copy-paste.js';
import { intraNetwork } from './intra-network.js';
import { pageAsProfile } from './page-as-profile.js';
import { networkMember } from './network-member.js';
import { pageNetworkCopies } from './page-network-copies.js';
import { shiftHours } from './shift-hours.js';
import { stockName } from './stock-name.js';
import type { Signal } from './types.js';

/** Every signal, in report order. Adding one is adding a file and a line here. */
export const SIGNALS = [pageAsProfile, stockName, shiftHours, networkMember, closedEngagement, pageNetworkCopies, intraNetwork, coCommenting, copyPaste] as const satisfies readonly Signal<any>[];
