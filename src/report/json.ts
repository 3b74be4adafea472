import type { ScanResult } from '../result.js';

/**
 * The JSON contract. Indented for reading and diffing, except that each element of the long arrays
 * (accounts, posts) sits on one line of its own: a million-comment scan stays a third smaller and
 * quicker to write, and a changed verdict is a one-line diff. Stable key order (as built), no
 * wall-clock time.
 */
export function renderJson(result: ScanResult): string {
  return `${stringify(result, '', ['accounts', 'posts', 'accountComments'])}\n`;
}

function stringify(value: unknown, indent: string, oneLinePerElement: string[]): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + stringify(v, inner, oneLinePerElement)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v]) => {
    const rendered =
      oneLinePerElement.includes(key) && Array.isArray(v)
        ? v.length === 0
          ? '[]'
          : `[\n${v.map((element) => inner + '  ' + JSON.stringify(element)).join(',\n')}\n${inner}]`
        : stringify(v, inner, oneLinePerElement);
    return `${inner}${JSON.stringify(key)}: ${rendered}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
