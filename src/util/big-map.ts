/**
 * A string-keyed Map past V8's ceiling of 2²⁴ (16.7M) entries per Map, which a scan of more than
 * about 15M comments reached with one entry per comment ("RangeError: Map maximum size exceeded").
 * Keys are spread over 16 Maps by their last character (ids end in varied digits), which costs one
 * charCodeAt per access.
 */
export class BigMap<V> {
  private readonly shards: Map<string, V>[] = Array.from({ length: 16 }, () => new Map<string, V>());

  private shard(key: string): Map<string, V> {
    return this.shards[key.length === 0 ? 0 : key.charCodeAt(key.length - 1) & 15]!;
  }

  get(key: string): V | undefined {
    return this.shard(key).get(key);
  }

  has(key: string): boolean {
    return this.shard(key).has(key);
  }

  set(key: string, value: V): this {
    this.shard(key).set(key, value);
    return this;
  }
}
