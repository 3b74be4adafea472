import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { isAscii, isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1254';

/** How a file's bytes become text, decided from its first bytes. */
export interface DecodePlan {
  gzip: boolean;
  encoding: Encoding;
  /**
   * How the encoding was known: a byte-order mark, valid UTF-8, UTF-8 but for a few invalid sequences
   * (counted and reported as the file is read), or a guess between single-byte code pages.
   */
  basis: 'bom' | 'valid-utf-8' | 'mostly-utf-8' | 'guess' | 'utf-16-pattern';
  /** Present when the head is not text at all (binaryAt): the offset of its first zero byte. */
  binaryAt?: number;
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
  const plan = encodingPlan(head, gzip);
  // UTF-16 has a zero byte in most of its characters and is text.
  const zero = plan.encoding.startsWith('utf-16') ? -1 : binaryAt(head);
  return zero < 0 ? plan : { ...plan, binaryAt: zero };
}

/** The encoding of a (decompressed) head, by the rules above. */
function encodingPlan(head: Buffer, gzip: boolean): DecodePlan {
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
    // A few bad bytes in a UTF-8 file (a cut character, one pasted legacy byte) must not turn every
    // ə and ş into two Cyrillic letters: a legacy code page only when its evidence is strong, that is
    // when broken sequences outnumber the well-formed multi-byte characters.
    const { valid, invalid } = utf8Census(head);
    if (valid >= invalid) return { gzip, encoding: 'utf-8', basis: 'mostly-utf-8' };
    // Read the wrong way, each code page scatters its letters inside words of the other script:
    // count the words that are wholly Cyrillic (1251) against Latin words with Turkish letters (1254).
    const words = (encoding: Encoding) => new TextDecoder(encoding).decode(head).split(/[^\p{L}]+/u);
    const cyrillic = words('windows-1251').filter((w) => /^[\u0400-\u04ff]{2,}$/.test(w)).length;
    const turkish = words('windows-1254').filter((w) => /^[a-zA-ZçğıöşüÇĞİÖŞÜâîû]{2,}$/.test(w) && /[çğıöşüÇĞİÖŞÜ]/.test(w)).length;
    return { gzip, encoding: cyrillic >= turkish ? 'windows-1251' : 'windows-1254', basis: 'guess' };
  }
}

/**
 * Where a file is not text at all: the offset of the first zero byte in its (decompressed) head, or −1. An image,
 * an archive or a database file has zero bytes and other control bytes all through its first bytes (random
 * bytes: about one in eight); a text table has none but tab, CR and LF, except a stray NUL an exporter left in a
 * field, which is read and warned about (ingest: `nul-in-header`). Binary: a zero byte, and control bytes at
 * least BINARY_CONTROL_SHARE of the head.
 */
function binaryAt(head: Buffer): number {
  const zero = head.indexOf(0);
  if (zero < 0) return -1;
  let control = 0;
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  return control >= BINARY_CONTROL_SHARE * head.length ? zero : -1;
}

/** Share of control bytes (other than tab, CR, LF) in a head with a zero byte that makes a file binary. */
export const BINARY_CONTROL_SHARE = 0.05;

/** Well-formed multi-byte UTF-8 characters and invalid sequences (runs of bad bytes) in a buffer. */
export function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0, invalid = 0;
  scanUtf8(bytes, bytes.length, () => invalid++, () => valid++);
  return { valid, invalid };
}

/** Bytes a well-formed sequence starting with `lead` needs (Unicode Table 3-7), or 0 for an invalid lead. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function validSecond(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

/**
 * Walks `bytes[0, end)`: calls `onInvalid(offset)` once per run of invalid bytes and `onValid` per
 * well-formed multi-byte character; `onNewline(offset)` per LF. Returns where an incomplete sequence at
 * the very end starts (the caller carries it into the next chunk), or `end`.
 */
function scanUtf8(bytes: Uint8Array, end: number, onInvalid: (offset: number) => void, onValid: () => void, onNewline?: (offset: number) => void): number {
  let i = 0, inRun = false;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 10) onNewline?.(i);
      inRun = false;
      i++;
      continue;
    }
    const length = sequenceLength(b);
    let ok = length > 0;
    let k = 1;
    for (; ok && k < length; k++) {
      if (i + k >= end) return i; // cut by the chunk's end: decided with the next chunk
      const c = bytes[i + k]!;
      ok = k === 1 ? validSecond(b, c) : c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      onValid();
      inRun = false;
      i += length;
    } else {
      if (!inRun) onInvalid(i);
      inRun = true;
      i++;
    }
  }
  return end;
}

/** Where bad bytes were found: counted exactly, the first few located by line and byte. */
export interface ByteAuditReport {
  /** UTF-8: runs of invalid bytes (each shown as U+FFFD). Legacy: lines holding bytes ≥ 0x80. */
  count: number;
  first: { line: number; byte: number }[];
}

const AUDIT_LOCATIONS_KEPT = 5;

/**
 * Follows the decoded-to-be bytes of a file chunk by chunk. For UTF-8 it counts invalid sequences
 * (fast path: chunks that are valid UTF-8 as a whole cost one native check and a newline count); for
 * a legacy code page it counts the lines whose meaning depends on that guess (those with non-ASCII bytes).
 */
export class ByteAudit {
  readonly report: ByteAuditReport = { count: 0, first: [] };
  private line = 1;
  private offset = 0;
  private carry: Buffer = Buffer.alloc(0);
  private lastLegacyLine = 0;

  constructor(private readonly mode: 'utf-8' | 'legacy') {}

  private note(line: number, byte: number): void {
    this.report.count++;
    if (this.report.first.length < AUDIT_LOCATIONS_KEPT) this.report.first.push({ line, byte });
  }

  feed(chunk: Buffer): void {
    if (this.mode === 'legacy') return this.feedLegacy(chunk);
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const base = this.offset - this.carry.length;
    this.offset += chunk.length;
    const tail = incompleteTail(bytes);
    const body = bytes.length - tail;
    if (isUtf8(bytes.subarray(0, body))) {
      this.line += countLf(bytes, body);
    } else {
      let line = this.line;
      const stop = scanUtf8(bytes, body, (at) => this.note(line, base + at), () => undefined, () => line++);
      this.line = line;
      if (stop < body) throw new Error('unreachable: incomplete sequence inside the body');
    }
    this.carry = Buffer.from(bytes.subarray(body));
  }

  private feedLegacy(chunk: Buffer): void {
    if (isAscii(chunk)) {
      this.line += countLf(chunk, chunk.length);
    } else {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b === 10) this.line++;
        else if (b >= 0x80 && this.lastLegacyLine !== this.line) {
          this.lastLegacyLine = this.line;
          this.note(this.line, this.offset + i);
        }
      }
    }
    this.offset += chunk.length;
  }

  /** At the end of the file: a sequence cut by the end is one more invalid one. */
  finish(): ByteAuditReport {
    if (this.mode === 'utf-8' && this.carry.length > 0) this.note(this.line, this.offset - this.carry.length);
    this.carry = Buffer.alloc(0);
    return this.report;
  }
}

/** Bytes at the end that begin a multi-byte sequence not yet complete (0–3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) return sequenceLength(b) > back ? back : 0;
  }
  return 0;
}

function countLf(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
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
/**
 * Bytes per read of an input file. csv-parse, the slowest stage of a large scan, parses a million-row file in 4.7 s
 * fed 1 MB chunks against 5.5 s fed the stream's default 64 KB (alternated twice each; 4 MB: 4.6 s).
 */
export const READ_CHUNK_BYTES = 1 << 20;

export function decodedStream(file: string, plan: DecodePlan, onRawChunk: (chunk: Buffer) => void, whole?: Buffer): { source: Readable; output: Readable; audit?: ByteAudit } {
  // A small file already read whole (its head) is not opened again.
  const source = whole ? Readable.from([whole], { objectMode: false }) : createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
  source.on('data', (chunk: Buffer) => onRawChunk(chunk));
  let output: Readable = source;
  if (plan.gzip) output = output.pipe(createGunzip());
  // UTF-16 fails loudly on a bad surrogate; UTF-8 and the code pages are audited as the bytes pass.
  const audit = plan.encoding === 'utf-8' ? new ByteAudit('utf-8') : plan.basis === 'guess' ? new ByteAudit('legacy') : undefined;
  if (audit) output.on('data', (chunk: Buffer) => audit.feed(chunk));
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
  return { source, output, audit };
}

/** The head as text, for sniffing the delimiter. */
export function decodeHead(rawHead: Buffer, plan: DecodePlan): string {
  const head = textHead(rawHead, plan.gzip);
  return new TextDecoder(plan.encoding).decode(head).replace(/^\uFEFF/, '');
}
