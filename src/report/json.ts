import type { ScanResult } from '../result.js';

/** The JSON contract: stable key order (as built), no wall-clock time. */
export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
