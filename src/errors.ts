/** Errors a user can fix. The CLI maps them to a message and exit code 2; anything else is a bug and keeps its stack. */
export class BrigadeError extends Error {
  readonly exitCode: number = 2;
}

/** Bad flags or option values. */
export class UsageError extends BrigadeError {}

/** An input that cannot be read: names the file and, where known, the line and field. */
export class InputError extends BrigadeError {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${detail}`);
  }
}
