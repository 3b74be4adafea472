import type { AccountOut, ScanResult } from '../result.js';
import { evidenceText } from './messages.js';

/** The main reasons for an account, strongest first (one per signal). */
export function reasons(account: AccountOut, result: ScanResult, quote?: (s: string) => string, limit = 3): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of account.evidence) {
    if (seen.has(e.signal)) continue;
    seen.add(e.signal);
    out.push(evidenceText(e, result.meta.options.profile, quote));
    if (out.length === limit) break;
  }
  return out;
}
