/**
 * Disjoint sets over 0…n−1 (union-find with path halving). The smaller index becomes the root, so the sets'
 * roots do not depend on the order of the unions.
 */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }

  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  }

  union(x: number, y: number): void {
    const a = this.find(x), b = this.find(y);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}
