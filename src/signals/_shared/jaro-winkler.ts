/**
 * Jaro–Winkler similarity in [0, 1] (1 = identical), as defined by Winkler (1990, "String Comparator
 * Metrics and Enhanced Decision Rules in the Fellegi-Sunter Model of Record Linkage"): the Jaro
 * similarity, raised by 0.1 per character of common prefix (at most 4) when it exceeds 0.7.
 * Characters are UTF-16 code units, compared exactly (fold case and script before calling).
 *
 * In-repo rather than `natural`, whose install pulls database drivers (mongoose, pg, redis) and a
 * WordNet database for this one function.
 */
export function jaroWinkler(s1: string, s2: string): number {
  if (s1 === s2) return 1;
  const jaro = jaroSimilarity(s1, s2);
  if (jaro <= BOOST_THRESHOLD) return jaro;
  let prefix = 0;
  while (prefix < MAX_PREFIX && prefix < s1.length && s1[prefix] === s2[prefix]) prefix++;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}

/** Winkler's constants: the prefix bonus applies above this Jaro similarity… */
const BOOST_THRESHOLD = 0.7;
/** …per common leading character, up to this many. */
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/** Jaro similarity: matches within half the longer length, less half the transpositions. */
export function jaroSimilarity(s1: string, s2: string): number {
  if (s1.length === 0 || s2.length === 0) return s1.length === s2.length ? 1 : 0;
  const window = Math.max(0, Math.floor(Math.max(s1.length, s2.length) / 2) - 1);
  const matched1 = new Uint8Array(s1.length);
  const matched2 = new Uint8Array(s2.length);
  let matches = 0;
  for (let i = 0; i < s1.length; i++) {
    const end = Math.min(i + window + 1, s2.length);
    for (let k = Math.max(0, i - window); k < end; k++) {
      if (matched2[k] || s1[i] !== s2[k]) continue;
      matched1[i] = 1;
      matched2[k] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  // Matched characters in order on both sides; each position where they differ is half a transposition.
  let halfTranspositions = 0;
  for (let i = 0, k = 0; i < s1.length; i++) {
    if (!matched1[i]) continue;
    while (!matched2[k]) k++;
    if (s1[i] !== s2[k]) halfTranspositions++;
    k++;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / s1.length + matches / s2.length + (matches - transpositions) / matches) / 3;
}
