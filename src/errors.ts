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

/**
 * A file that is not a comment export (a reactions export, a labelling sheet, notes, another table):
 * given by name it is an error like any other input error; found inside a folder it is skipped with
 * a warning (or, for a reactions export, read as reactions). Raised before any row is taken.
 */
export class NotCommentsError extends InputError {
  constructor(
    file: string,
    readonly kind: 'reactions' | 'labelling-sheet' | 'not-a-comment-export' | 'not-comments-json',
    detail: string,
    /** What the file was found to be, for the skip warning. */
    readonly found: string,
  ) {
    super(file, detail, kind === 'not-comments-json' ? undefined : 1);
  }
}

/** Rows were read, none could be used: exit 2 with the count and the first reason, not "0 comments". */
export class NoCommentsError extends BrigadeError {
  constructor(
    readonly files: string[],
    readonly read: number,
    readonly rejected: number,
    readonly skipped: number,
    readonly first?: { file: string; line: number; field: string; reason: string },
  ) {
    super(
      `no comment to analyse: ${read} row${read === 1 ? '' : 's'} read from ${files.length === 1 ? files[0] : `${files.length} files`}, ` +
        `${rejected} rejected, ${skipped} skipped (not comments, or without an author)` +
        (first ? `; the first rejected: ${first.file}:${first.line}: ${first.field}: ${first.reason}` : ''),
    );
  }
}
