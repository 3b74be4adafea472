import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1254';

/** How a file's bytes become text, decided from its first bytes. */
export interface DecodePlan {
  gzip: boolean;
  encoding: Encoding;
  /** How the encoding was known: a byte-order mark, valid UTF-8, or a guess between single-byte code pages. */
  basis: 'bom' | 'valid-utf-8' | 'guess' | 'utf-16-pattern';
}

/**
 * UTF-16 written without a byte-order mark: text in Latin, Cyrillic or digits has a zero byte in every
 * other position (high bytes in LE, low in BE). Decided on the first 4 KiB: at least 16 code units,
 * at least 40% of one parity zero and under 5% of the other (UTF-8 text has no zero bytes).
 */
export function utf16WithoutBom(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 32) return undefined;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const units = n / 2;
  if (oddZero >= 0.4 * units && evenZero < 0.05 * units) return 'utf-16le';
  if (evenZero >= 0.4 * units && oddZero < 0.05 * units) return 'utf-16be';
  return undefined;
}

const GZIP = [0x1f, 0x8b];

/** The first bytes of the text, gunzipped if the file is gzip (best effort on a partial stream). */
function textHead(head: Buffer, gzip: boolean): Buffer {
  if (!gzip) return head;
  try {
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: a truncated head is fine */ });
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * BOM first (UTF-8, UTF-16LE as Excel's "Unicode Text" writes it, UTF-16BE); else strict UTF-8 on
 * the head; else a single-byte code page: Windows-1251 (Cyrillic) or Windows-1254 (Turkish, the
 * nearest to Azerbaijani Latin — Excel's plain CSV has no ə and writes `?`), by which one gives more
 * of its language's letters.
 */
export function planDecoding(rawHead: Buffer): DecodePlan {
  const gzip = rawHead[0] === GZIP[0] && rawHead[1] === GZIP[1];
  const head = textHead(rawHead, gzip);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { gzip, encoding: 'utf-8', basis: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { gzip, encoding: 'utf-16le', basis: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { gzip, encoding: 'utf-16be', basis: 'bom' };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { gzip, encoding: utf16, basis: 'utf-16-pattern' };
  // A cut in the middle of a multi-byte character at the end of the head is not an error: in
  // streaming mode the decoder holds an incomplete last sequence back instead of failing on it.
  // (Dropping a fixed number of end bytes instead can itself cut a character in two.)
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { gzip, encoding: 'utf-8', basis: 'valid-utf-8' };
  } catch {
    // Read the wrong way, each code page scatters its letters inside words of the other script:
    // count the words that are wholly Cyrillic (1251) against Latin words with Turkish letters (1254).
    const words = (encoding: Encoding) => new TextDecoder(encoding).decode(head).split(/[^\p{L}]+/u);
    const cyrillic = words('windows-1251').filter((w) => /^[\u0400-\u04ff]{2,}$/.test(w)).length;
    const turkish = words('windows-1254').filter((w) => /^[a-zA-ZçğıöşüÇĞİÖŞÜâîû]{2,}$/.test(w) && /[çğıöşüÇĞİÖŞÜ]/.test(w)).length;
    return { gzip, encoding: cyrillic >= turkish ? 'windows-1251' : 'windows-1254', basis: 'guess' };
  }
}

/** Raised when bytes cannot be decoded (a broken UTF-16 surrogate); `offset` is the bytes decoded before it. */
export class DecodeError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

/**
 * The file as a stream for csv-parse: raw bytes go to `onRawChunk` (hashing, progress) as read; UTF-8
 * passes through as bytes (csv-parse decodes it), anything else is decoded here.
 */
export function decodedStream(file: string, plan: DecodePlan, onRawChunk: (chunk: Buffer) => void): { source: Readable; output: Readable } {
  const source = createReadStream(file);
  source.on('data', (chunk) => onRawChunk(chunk as Buffer));
  let output: Readable = source;
  if (plan.gzip) output = output.pipe(createGunzip());
  if (plan.encoding !== 'utf-8') {
    const decoder = new TextDecoder(plan.encoding, { fatal: plan.encoding.startsWith('utf-16') });
    let decoded = 0;
    output = output.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          try {
            const text = decoder.decode(chunk, { stream: true });
            decoded += chunk.length;
            done(null, text);
          } catch {
            done(new DecodeError(decoded, `invalid ${plan.encoding} (a broken surrogate pair?) within bytes ${decoded}–${decoded + chunk.length}`));
          }
        },
        flush(done) {
          try {
            done(null, decoder.decode());
          } catch {
            done(new DecodeError(decoded, `invalid ${plan.encoding} at the end of the file (a cut surrogate pair?)`));
          }
        },
      }),
    );
  }
  return { source, output };
}

/** The head as text, for sniffing the delimiter. */
export function decodeHead(rawHead: Buffer, plan: DecodePlan): string {
  const head = textHead(rawHead, plan.gzip);
  return new TextDecoder(plan.encoding).decode(head).replace(/^\uFEFF/, '');
}
