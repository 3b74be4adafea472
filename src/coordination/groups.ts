import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Model } from '../model/types.js';
import { Random } from '../util/random.js';
import type { CoordinationTies } from './ties.js';
import { appendAll } from '../util/arrays.js';
import { IntPairMap } from '../util/int-pair-map.js';
import { DisjointSets } from '../util/disjoint-sets.js';

export type EdgeKind = 'co-commenting' | 'copy-paste' | 'slogan' | 'engagement';

export interface GraphEdge {
  a: number;
  b: number;
  kind: EdgeKind;
  weight: number;
}

export interface CoordinationGraph {
  /** Accounts in some coordination relation, ascending. */
  nodes: number[];
  edges: GraphEdge[];
  /** Coordinated groups (account indexes ascending), largest first, then by smallest member id. */
  groups: number[][];
}

// A CommonJS module whose typings declare an ES default: under NodeNext the default import is the
// module object, and the callable is the module itself.
type Louvain = (graph: UndirectedGraph, options: { rng: () => number; randomWalk: boolean }) => Record<string, number>;
const louvain = ((louvainModule as unknown as { default?: Louvain }).default ?? louvainModule) as unknown as Louvain;

/** Groups smaller than this are not reported as networks. */
export const MIN_NETWORK_SIZE = 3;
/** Components larger than this are split into communities. */
export const LOUVAIN_MIN_SIZE = 30;

/** Louvain communities of one component (members ascending), each as ascending account indexes. */
function communities(members: number[], edges: GraphEdge[], idOf: (a: number) => string): number[][] {
  const inside = new Set(members);
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  // Nodes and edges in account-id order, not row order: Louvain's result depends on insertion order,
  // and the findings must not depend on how the export was sorted.
  const byId = (x: number, y: number) => (idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : 0);
  for (const a of [...members].sort(byId)) graph.addNode(String(a));
  const ordered = edges
    .filter((e) => inside.has(e.a) && inside.has(e.b))
    .map((e) => (byId(e.a, e.b) <= 0 ? e : { ...e, a: e.b, b: e.a }))
    .sort((x, y) => byId(x.a, y.a) || byId(x.b, y.b) || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
  for (const e of ordered) {
    const key = graph.edge(String(e.a), String(e.b));
    if (key === undefined) graph.addEdge(String(e.a), String(e.b), { weight: e.weight });
    else graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + e.weight);
  }
  const random = new Random(1);
  const assignment = louvain(graph as unknown as UndirectedGraph, { rng: () => random.next(), randomWalk: false });
  const community = new Map<number, number>(members.map((a) => [a, assignment[String(a)]!]));
  return mergeDenseSplits(members, ordered, community);
}

/**
 * Modularity rewards any split, and Louvain cuts even a homogeneous group in two (a brigade of 120
 * whose members like each other at random came out as 69 + 52, each then showing about half its
 * support "from outside"). Communities whose links to each other are about as dense as their links
 * inside are one group: merged, densest pair first, while the link density between two is at least
 * MERGE_DENSITY_RATIO of the sparser one's inside. Groups joined by a few stray likes stay apart.
 */
export const MERGE_DENSITY_RATIO = 0.5;

function mergeDenseSplits(members: number[], edges: GraphEdge[], community: Map<number, number>): number[][] {
  const labels = [...new Set(community.values())].sort((x, y) => x - y);
  const index = new Map(labels.map((c, i) => [c, i]));
  const k = labels.length;
  const size = new Float64Array(k), inside = new Float64Array(k);
  for (const a of members) size[index.get(community.get(a)!)!]!++;
  const between = new Map<number, number>();
  for (const e of edges) {
    const x = index.get(community.get(e.a)!)!, y = index.get(community.get(e.b)!)!;
    if (x === y) inside[x]! += e.weight;
    else {
      const key = Math.min(x, y) * k + Math.max(x, y);
      between.set(key, (between.get(key) ?? 0) + e.weight);
    }
  }
  const root = Int32Array.from({ length: k }, (_, i) => i);
  const density = (c: number) => (size[c]! > 1 ? inside[c]! / ((size[c]! * (size[c]! - 1)) / 2) : 0);
  for (;;) {
    let best = -1, bestRatio = MERGE_DENSITY_RATIO;
    for (const [key, w] of between) {
      const x = Math.floor(key / k), y = key % k;
      const sparser = Math.min(density(x), density(y));
      const ratio = sparser > 0 ? w / (size[x]! * size[y]!) / sparser : 0;
      if (ratio >= bestRatio && (best < 0 || ratio > bestRatio || key < best)) {
        best = key;
        bestRatio = ratio;
      }
    }
    if (best < 0) break;
    const x = Math.floor(best / k), y = best % k;
    // Fold y into x: sizes, inside weight, and y's links to others.
    inside[x]! += inside[y]! + between.get(best)!;
    size[x]! += size[y]!;
    size[y] = 0;
    between.delete(best);
    for (const [key, w] of [...between]) {
      const p = Math.floor(key / k), q = key % k;
      if (p !== y && q !== y) continue;
      between.delete(key);
      const other = p === y ? q : p;
      const merged = Math.min(x, other) * k + Math.max(x, other);
      between.set(merged, (between.get(merged) ?? 0) + w);
    }
    root[y] = x;
  }
  const find = (c: number): number => (root[c] === c ? c : find(root[c]!));
  const groups = new Map<number, number[]>();
  for (const a of members) {
    const c = find(index.get(community.get(a)!)!);
    let list = groups.get(c);
    if (!list) groups.set(c, (list = []));
    list.push(a);
  }
  return [...groups.values()];
}

/**
 * Supportive engagement between two accounts joins them in the graph only when it goes both ways and
 * at least this often in all: one like from a citizen to a brigade comment is not coordination (on a
 * one-post flood a single like was enough to fold a student community into the brigade, and repeated
 * one-way likes to a prolific brigade account folded in hundreds of citizens).
 */
export const MIN_ENGAGEMENT_TIES = 2;

/**
 * The coordination graph, built before any verdict (coordination → groups → judgement): accounts
 * joined by pruned co-commenting edges (repeated across posts by construction), by shared copy-paste
 * families (a star on each family's first member), by a shared repertoire of slogans, and by supportive replies and reactions exchanged
 * both ways, at least MIN_ENGAGEMENT_TIES times. Groups are its connected components; a component larger than
 * LOUVAIN_MIN_SIZE is split into Louvain communities (graphology, fixed seed: deterministic), merged
 * back where they are as dense between as inside. Groups are judged on pooled evidence in
 * score/network-verdict.ts: coordination is not inauthenticity.
 */
export function coordinationGraph(model: Model, ties: CoordinationTies): CoordinationGraph {
  const edges: GraphEdge[] = [];
  for (const e of ties.coComment) edges.push({ a: e.a, b: e.b, kind: 'co-commenting', weight: e.weight });
  // A star on each family's member with the smallest account id (not the first in row order) joins
  // them without a clique of n² edges.
  for (const members of ties.families.values()) {
    for (let i = 1; i < members.length; i++) edges.push({ a: members[0]!, b: members[i]!, kind: 'copy-paste', weight: 1 });
  }
  // Accounts sharing enough slogans (ties.ts): one slogan in common joins nobody.
  for (const t of ties.sloganTies) edges.push({ a: t.a, b: t.b, kind: 'slogan', weight: t.weight });
  const n = model.accounts.length;
  // Supportive engagement per ordered pair (from → to), then kept as an edge only when it flows both
  // ways at least MIN_ENGAGEMENT_TIES times in all: members of a group support each other, while a citizen
  // who likes a prolific account's comments again and again gets nothing back.
  // A flat table of (from, to) pairs: as one number `from × n + to` is past the small-integer range,
  // every Map.get boxed a heap number and hashed a double (at 10⁷ comments, 2M pairs).
  const directed = new IntPairMap();
  const { from, to, supportive } = model.engagements;
  for (let e = 0; e < model.engagements.length; e++) {
    if (!supportive[e] || from[e] === to[e]) continue;
    directed.set(from[e]!, to[e]!, directed.get(from[e]!, to[e]!, 0) + 1);
  }
  const engagement: GraphEdge[] = [];
  // Visited in table order: the edges are sorted below.
  directed.forEach((from, to, forward) => {
    if (from > to) return;
    const backward = directed.get(to, from, 0);
    if (backward > 0 && forward + backward >= MIN_ENGAGEMENT_TIES) engagement.push({ a: from, b: to, kind: 'engagement', weight: forward + backward });
  });
  appendAll(edges, engagement.sort((x, y) => x.a - y.a || x.b - y.b));
  const inGraph = new Uint8Array(n);
  for (const e of edges) inGraph[e.a] = inGraph[e.b] = 1;

  const idOf = (a: number) => model.accounts[a]!.id;
  const smallestId = (members: number[]) => members.map(idOf).sort()[0]!;
  // Connected components (union-find), named by size, then by smallest member id.
  const sets = new DisjointSets(n);
  for (const e of edges) sets.union(e.a, e.b);
  const nodes: number[] = [];
  const components = new Map<number, number[]>();
  for (let a = 0; a < n; a++) {
    if (!inGraph[a]) continue;
    nodes.push(a);
    const root = sets.find(a);
    let list = components.get(root);
    if (!list) components.set(root, (list = []));
    list.push(a);
  }
  const groups = [...components.values()]
    .flatMap((members) => (members.length > LOUVAIN_MIN_SIZE ? communities(members, edges, idOf) : [members]))
    .filter((m) => m.length >= MIN_NETWORK_SIZE)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => y.length - x.length || (smallestId(x) < smallestId(y) ? -1 : 1));
  return { nodes, edges, groups };
}
