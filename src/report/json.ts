import type { ScanResult } from '../result.js';

/** Arrays written one element per line. */
const ONE_LINE_PER_ELEMENT = ['accounts', 'posts', 'accountComments'];
/**
 * Characters per piece handed to the writer: big enough to write quickly, and small enough to be
 * made in V8's young generation, where a written piece dies cheaply (a piece of a megabyte went to
 * the large-object space and stayed until the next full collection: 10⁷ comments' worth of them).
 */
const PIECE_CHARS = 1 << 15;

/**
 * The JSON contract. Indented for reading and diffing, except that each element of the long arrays
 * (accounts, posts) sits on one line of its own: a million-comment scan stays a third smaller and
 * quicker to write, and a changed verdict is a one-line diff. Stable key order (as built), no
 * wall-clock time.
 */
export function renderJson(result: ScanResult): string {
  return [...renderJsonPieces(result)].join('');
}

/**
 * The same text as renderJson, in pieces of about a megabyte, made as they are written: a 10⁷-comment
 * result is more text than one V8 string can hold (2²⁹ characters), and as one string it doubled the
 * scan's peak memory.
 */
export function* renderJsonPieces(result: ScanResult): Generator<string> {
  yield* pieces(result, '');
  yield '\n';
}

function* pieces(value: unknown, indent: string): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield stringify(value, indent);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const inner = `${indent}  `;
  yield '{\n';
  for (const [k, [key, v]] of entries.entries()) {
    yield `${k > 0 ? ',\n' : ''}${inner}${JSON.stringify(key)}: `;
    if (ONE_LINE_PER_ELEMENT.includes(key) && Array.isArray(v) && v.length > 0) {
      let piece = '[\n';
      for (const [i, element] of v.entries()) {
        piece += `${i > 0 ? ',\n' : ''}${inner}  ${JSON.stringify(element)}`;
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      yield `${piece}\n${inner}]`;
    } else {
      yield* pieces(v, inner);
    }
  }
  yield `\n${indent}}`;
}

function stringify(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  return [...pieces(value, indent)].join('');
}
