/**
 * Bytes per write when a large text made in pieces is written out. Measured on the 1M bench's 58 MB
 * JSON result (render and write, three alternations): each 32 K-character piece written on its own
 * took 594–802 ms; gathered into 1 MB buffers 357–423 ms, 4 MB 362–394 ms. 1 MB keeps the buffer
 * small for the same gain.
 */
export const WRITE_CHUNK_BYTES = 1 << 20;

/**
 * Text pieces encoded as UTF-8 into buffers of about `bytes` each: a few large writes instead of
 * thousands of small ones, each an asynchronous round trip. A fresh buffer per chunk, so a writer may
 * keep one while the next is filled (a stream holds it until written).
 */
export function* utf8Chunks(pieces: Iterable<string>, bytes = WRITE_CHUNK_BYTES): Generator<Buffer> {
  let buffer = Buffer.allocUnsafe(bytes);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
    const most = piece.length * 3;
    if (used + most > buffer.length) {
      if (used > 0) yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(Math.max(bytes, most));
      used = 0;
    }
    used += buffer.write(piece, used);
  }
  if (used > 0) yield buffer.subarray(0, used);
}
