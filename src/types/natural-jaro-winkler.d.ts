// natural ships no types for its per-file modules; we import this one directly
// because `import 'natural'` loads database drivers and prints to stdout.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}
