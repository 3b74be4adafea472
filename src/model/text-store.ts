import { resized } from '../util/arrays.js';
/**
 * Comment texts as bytes outside the JavaScript heap: UTF-8, in chunks of CHUNK_BYTES. A text kept
 * as a V8 string costs a 16-byte header, an 8-byte array slot and 2 bytes a character as soon as one
 * character is past Latin-1 (ə, Cyrillic): Azerbaijani comments took twice their UTF-8 size, and at
 * 10⁷ comments the texts were the largest part of the model. A text is decoded when read: the
 * copy-paste pass reads each once, the result ten per flagged account.
 * A text that is not well-formed UTF-16 (a lone surrogate, an emoji cut in half by an exporter) would
 * not survive UTF-8, so it is kept as UTF-16LE bytes: every text reads back exactly as it was given.
 */
const CHUNK_BYTES = 64 * 1024 * 1024;
/** Larger than any Buffer: a text's start is its chunk × CHUNK_SPAN + its offset. */
const CHUNK_SPAN = 2 ** 32;

export class TextStore {
  length = 0;
  /**
   * chunkBytes: the size at which a chunk is full (smaller in tests, to cross chunk boundaries);
   * expected: texts it will hold, if known (offsets sized once instead of doubled up to it).
   */
  constructor(
    private readonly chunkBytes = CHUNK_BYTES,
    expected = 0,
  ) {
    if (expected > this.starts.length) {
      this.starts = new Float64Array(expected);
      this.lengths = new Int32Array(expected);
    }
  }
  private readonly chunks: Buffer[] = [Buffer.allocUnsafe(1 << 12)];
  /** Bytes used in the last chunk. */
  private used = 0;
  /** Per text: its chunk × 2³² + its offset in the chunk (a Float64 holds both exactly). */
  private starts = new Float64Array(1024);
  /** Per text: its byte length; negative for a UTF-16LE text. */
  private lengths = new Int32Array(1024);

  push(text: string): void {
    const i = this.length;
    if (i === this.starts.length) {
      this.starts = resized(this.starts, i * 2);
      this.lengths = resized(this.lengths, i * 2);
    }
    this.length = i + 1;
    if (text.length === 0) return;
    const utf8 = (text as unknown as { isWellFormed(): boolean }).isWellFormed();
    // At most 3 UTF-8 bytes per UTF-16 unit (a surrogate pair is 2 units, 4 bytes), exactly 2 in UTF-16LE.
    const room = text.length * (utf8 ? 3 : 2);
    let chunk = this.chunks[this.chunks.length - 1]!;
    if (this.used + room > chunk.length) {
      // A new chunk, twice the last up to chunkBytes (a small scan holds a small buffer); nothing is
      // copied, and a text never spans two chunks. The unused tail of a chunk allocated unzeroed is
      // never touched, so it takes no memory.
      chunk = Buffer.allocUnsafe(Math.max(Math.min(this.chunkBytes, chunk.length * 2), room));
      this.chunks.push(chunk);
      this.used = 0;
    }
    const bytes = chunk.write(text, this.used, utf8 ? 'utf8' : 'utf16le');
    this.starts[i] = (this.chunks.length - 1) * CHUNK_SPAN + this.used;
    this.lengths[i] = utf8 ? bytes : -bytes;
    this.used += bytes;
  }

  /** Text i, as it was pushed. */
  at(i: number): string {
    const length = this.lengths[i]!;
    if (length === 0) return '';
    const start = this.starts[i]!;
    const c = Math.floor(start / CHUNK_SPAN);
    const chunk = this.chunks[c]!;
    const offset = start - c * CHUNK_SPAN;
    return length > 0 ? chunk.toString('utf8', offset, offset + length) : chunk.toString('utf16le', offset, offset - length);
  }

  /**
   * Whether text i is `text`. An ASCII text (as comment ids nearly always are) is compared byte by
   * character, without decoding: its UTF-8 bytes are its characters, and no other text has as many
   * bytes as characters unless it is ASCII too.
   */
  equals(i: number, text: string): boolean {
    const length = this.lengths[i]!;
    if (length !== text.length) return length < 0 || length > text.length ? this.at(i) === text : false;
    if (length === 0) return true;
    const start = this.starts[i]!;
    const c = Math.floor(start / CHUNK_SPAN);
    const chunk = this.chunks[c]!;
    const offset = start - c * CHUNK_SPAN;
    for (let k = 0; k < length; k++) {
      const code = text.charCodeAt(k);
      if (code >= 0x80 || chunk[offset + k] !== code) return false;
    }
    return true;
  }

  /** Whether any text is not empty. */
  some(): boolean {
    for (let i = 0; i < this.length; i++) if (this.lengths[i] !== 0) return true;
    return false;
  }
}
