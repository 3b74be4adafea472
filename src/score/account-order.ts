/**
 * The order of the result's accounts: highest score first, then by id in code-unit order (as `<`
 * orders strings). As a comparator over the account objects, each of the n log n comparisons read
 * two id strings scattered over the heap: at 10⁷ comments (1.5M accounts, nearly all tied on score)
 * that sort took 57 times its time at 10⁶. Here every comparison reads one typed array, where the
 * id is kept as a key in the same order, exactly: only ids that are not all digits are compared as
 * strings.
 */
export function accountOrder(ids: readonly string[], scores: ArrayLike<number>): Int32Array {
  const n = ids.length;
  // Per account: score, then the id's digits 1–9 and 10–18 as numbers, right-padded with zeros, then
  // its length; −1 in place of the digits for an id that is not 1 to 18 digits (compared as a string).
  const keys = new Float64Array(4 * n);
  for (let a = 0; a < n; a++) {
    keys[4 * a] = scores[a]!;
    keys[4 * a + 1] = -1;
    const id = ids[a]!;
    if (id.length === 0 || id.length > 18) continue;
    let first = 0, second = 0, k = 0;
    for (; k < id.length; k++) {
      const digit = id.charCodeAt(k) - 48;
      if (digit < 0 || digit > 9) break;
      if (k < 9) first = first * 10 + digit;
      else second = second * 10 + digit;
    }
    if (k < id.length) continue;
    // Padding to 18 digits: where two digit strings first differ, so do their padded numbers, the
    // same way; a prefix pads to at most the longer id, and its length puts it first on a tie.
    for (; k < 18; k++) {
      if (k < 9) first *= 10;
      else second *= 10;
    }
    keys[4 * a + 1] = first;
    keys[4 * a + 2] = second;
    keys[4 * a + 3] = id.length;
  }
  const order = new Int32Array(n);
  for (let a = 0; a < n; a++) order[a] = a;
  return order.sort((x, y) => {
    const byScore = keys[4 * y]! - keys[4 * x]!;
    // NaN, as the comparator over objects read it, is no order.
    if (byScore) return byScore;
    if (keys[4 * x + 1]! >= 0 && keys[4 * y + 1]! >= 0) {
      return keys[4 * x + 1]! - keys[4 * y + 1]! || keys[4 * x + 2]! - keys[4 * y + 2]! || keys[4 * x + 3]! - keys[4 * y + 3]! || x - y;
    }
    const i = ids[x]!, j = ids[y]!;
    // Equal ids (an id-keyed and a name-keyed account can share one) keep account order, as a stable sort did.
    return i < j ? -1 : i > j ? 1 : x - y;
  });
}
