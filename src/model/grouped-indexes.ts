/**
 * Comment indexes grouped by account or by post, as one Int32Array (compressed sparse rows): the
 * indexes of group 0, then group 1, …, each group in row order, and where each group starts. A
 * JavaScript `number[]` per account cost 8 bytes a slot, up to a third more in growth slack, and
 * 184 bytes for an account of one comment; here a comment costs 4 bytes, and a group 4.
 */
export class GroupedIndexes {
  private readonly starts: Int32Array;
  private readonly order: Int32Array;

  /** Groups indexes 0 … length − 1 by `groupOf[i]` (a number from 0 to groups − 1). */
  constructor(groupOf: Int32Array, length: number, groups: number) {
    this.starts = new Int32Array(groups + 1);
    for (let i = 0; i < length; i++) this.starts[groupOf[i]! + 1]!++;
    for (let g = 0; g < groups; g++) this.starts[g + 1]! += this.starts[g]!;
    const next = this.starts.slice(0, groups);
    this.order = new Int32Array(length);
    for (let i = 0; i < length; i++) this.order[next[groupOf[i]!]!++] = i;
  }

  /** Group g's indexes in row order: a view of the shared array (not to be written), made per call. */
  of(g: number): Int32Array {
    return this.order.subarray(this.starts[g]!, this.starts[g + 1]!);
  }

  /** How many indexes group g has. */
  count(g: number): number {
    return this.starts[g + 1]! - this.starts[g]!;
  }
}

/** No groups yet: while reading, every group is empty. */
export const NOT_GROUPED = new GroupedIndexes(new Int32Array(0), 0, 0);
