/**
 * What a command concluded, for the CLI edge to map to an exit code (style: only the edge sets exit
 * codes). 0 ran; 1 a check failed (--fail-above, check, reproduce). Errors are thrown, not settled.
 */
export type Outcome = 0 | 1;

let outcome: Outcome = 0;

/** Records that a check failed (1) or passed (0); the worst outcome of a run wins. */
export function settle(code: Outcome): void {
  if (code > outcome) outcome = code;
}

export function settledOutcome(): Outcome {
  return outcome;
}
