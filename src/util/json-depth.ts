/**
 * JSON.parse itself copes with deep nesting, but every reader after it walks the value recursively
 * (zod, the format readers, replies of replies): a 62 KB file nested 500 deep overflowed the stack.
 * Files are measured first and refused above a depth no real export or result reaches.
 */
/** Nesting depth of a JSON text (brackets outside strings), without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* backslash */) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

