import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Model } from '../model/types.js';
import { Random } from '../simulate/random.js';
import type { CoordinationTies } from '../signals/_shared/ties.js';
import { round } from '../signals/_shared/stats.js';
import type { Evidence, SignalFamily, SignalId } from '../signals/types.js';
import type { Judgement, VerdictOptions } from './verdict.js';
import { appendAll } from '../util/arrays.js';

export type EdgeKind = 'co-commenting' | 'copy-paste' | 'engagement';

export interface GraphEdge {
  a: number;
  b: number;
  kind: EdgeKind;
  weight: number;
}

/** What a group looks like, from its members' evidence. */
export type GroupAssessment = 'inauthentic' | 'mixed' | 'coordinated-authentic' | 'coordinated-closed';

/** Support coming from inside at or above this share is Meta's "engagement from within this network". */
export const CLOSED_NETWORK_SHARE = 0.8;

export interface Network {
  id: string;
  /** Account indexes, ascending. */
  members: number[];
  size: number;
  /** Distinct posts its members commented on. */
  posts: number;
  edges: Record<EdgeKind, number>;
  /** Supportive engagement its members received that came from other members. */
  internalEngagementShare: number;
  inauthentic: number;
  suspicious: number;
  /** Members with separating evidence (Page posing as a person, shift hours, stock names) of supporting strength. */
  withSeparatingEvidence: number;
  /** Copy-paste families (templates) its members share. */
  templates: number;
  assessment: GroupAssessment;
}

export interface CoordinationGraph {
  /** Accounts in some coordination relation, ascending. */
  nodes: number[];
  edges: GraphEdge[];
  networks: Network[];
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
 * The coordination graph: accounts joined by pruned co-commenting edges, by shared copy-paste families
 * (a star on each family's first member), and by supportive replies and reactions between accounts
 * already in the graph. Networks are its connected components; a component larger than
 * LOUVAIN_MIN_SIZE is split into Louvain communities (graphology, fixed seed: deterministic), since
 * one stray like between two groups is enough to join their components. Each is assessed from its members' own evidence: coordination is not inauthenticity,
 * and a group with no separating evidence is reported as coordinated but authentic.
 */
export function coordinationGraph(
  model: Model,
  evidence: Evidence[][],
  judgements: Judgement[],
  family: Map<SignalId, SignalFamily>,
  ties: CoordinationTies,
  verdict: VerdictOptions,
): CoordinationGraph {
  const edges: GraphEdge[] = [];
  for (const e of ties.coComment) edges.push({ a: e.a, b: e.b, kind: 'co-commenting', weight: e.weight });
  // A star on each family's member with the smallest account id (not the first in row order) joins
  // them without a clique of n² edges.
  for (const members of ties.families.values()) {
    for (let i = 1; i < members.length; i++) edges.push({ a: members[0]!, b: members[i]!, kind: 'copy-paste', weight: 1 });
  }
  const inGraph = new Uint8Array(model.accounts.length);
  for (const e of edges) inGraph[e.a] = inGraph[e.b] = 1;
  const engagement = new Map<number, GraphEdge>();
  const n = model.accounts.length;
  for (const e of model.engagements) {
    if (!e.supportive || !inGraph[e.from] || !inGraph[e.to]) continue;
    const a = Math.min(e.from, e.to), b = Math.max(e.from, e.to);
    const key = a * n + b;
    const edge = engagement.get(key);
    if (edge) edge.weight++;
    else engagement.set(key, { a, b, kind: 'engagement', weight: 1 });
  }
  appendAll(edges, [...engagement.values()].sort((x, y) => x.a - y.a || x.b - y.b));

  const idOf = (a: number) => model.accounts[a]!.id;
  const smallestId = (members: number[]) => members.map(idOf).sort()[0]!;
  // Connected components (union-find), named by size, then by smallest member id.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const e of edges) {
    const x = find(e.a), y = find(e.b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  }
  const nodes: number[] = [];
  const components = new Map<number, number[]>();
  for (let a = 0; a < n; a++) {
    if (!inGraph[a]) continue;
    nodes.push(a);
    const root = find(a);
    let list = components.get(root);
    if (!list) components.set(root, (list = []));
    list.push(a);
  }
  const groups = [...components.values()]
    .flatMap((members) => (members.length > LOUVAIN_MIN_SIZE ? communities(members, edges, idOf) : [members]))
    .filter((m) => m.length >= MIN_NETWORK_SIZE)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => y.length - x.length || (smallestId(x) < smallestId(y) ? -1 : 1));
  const groupOf = new Int32Array(n).fill(-1);
  groups.forEach((members, g) => members.forEach((a) => (groupOf[a] = g)));

  const networks: Network[] = groups.map((members, g) => {
    const edgeCounts: Record<EdgeKind, number> = { 'co-commenting': 0, 'copy-paste': 0, engagement: 0 };
    for (const e of edges) if (groupOf[e.a] === g && groupOf[e.b] === g) edgeCounts[e.kind]++;
    let received = 0, internal = 0;
    for (const e of model.engagements) {
      if (!e.supportive || groupOf[e.to] !== g) continue;
      received++;
      if (groupOf[e.from] === g) internal++;
    }
    const posts = new Set<string>();
    const templates = new Set<number>();
    let inauthentic = 0, suspicious = 0, separating = 0;
    for (const a of members) {
      for (const c of model.accounts[a]!.commentIdx) posts.add(model.comments[c]!.postId);
      for (const f of ties.familiesOf.get(a) ?? []) templates.add(f);
      if (judgements[a]!.verdict === 'inauthentic') inauthentic++;
      else if (judgements[a]!.verdict === 'suspicious') suspicious++;
      if (evidence[a]!.some((e) => family.get(e.signal) === 'separating' && e.strength >= verdict.supportingStrength)) separating++;
    }
    // A campaign has a member or two with a common name or office hours; a brigade is made of them.
    // A group with nothing but coordination whose support comes almost only from inside is what Meta
    // described, and also what a tight campaign can look like: reported as undecided, not as authentic.
    const internalShare = received === 0 ? 0 : internal / received;
    const assessment: GroupAssessment =
      inauthentic * 2 >= members.length
        ? 'inauthentic'
        : inauthentic === 0 && separating * 10 <= members.length
          ? internalShare >= CLOSED_NETWORK_SHARE && received >= members.length
            ? 'coordinated-closed'
            : 'coordinated-authentic'
          : 'mixed';
    return {
      id: `n${g + 1}`,
      members,
      size: members.length,
      posts: posts.size,
      edges: edgeCounts,
      internalEngagementShare: round(internalShare),
      inauthentic,
      suspicious,
      withSeparatingEvidence: separating,
      templates: templates.size,
      assessment,
    };
  });
  return { nodes, edges, networks };
}
