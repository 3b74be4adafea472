import type { CoordinationGraph, EdgeKind } from '../coordination/groups.js';
import type { CoordinationTies } from '../coordination/ties.js';
import type { Model } from '../model/types.js';
import type { Evidence, SignalFamily, SignalId } from '../signals/types.js';
import { round } from '../util/stats.js';
import type { NetworkJudgement, NetworkVerdictValue } from './network-verdict.js';
import type { Judgement, VerdictOptions } from './verdict.js';

/** One tell of a group as the result carries it: its name, whether it passed, its p and q, and its figures. */
export type GroupTellRecord = { tell: string; testable: boolean; passed: boolean; p: number; q: number } & Record<string, number | string | boolean>;

export interface NetworkAssessment {
  verdict: NetworkVerdictValue;
  /** The tells the verdict stands on (for `inauthentic`). */
  basis: string[];
  evidence: GroupTellRecord[];
}

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
  /** Members judged inauthentic / suspicious (after the group's verdict reached them). */
  inauthentic: number;
  suspicious: number;
  /** Members with separating evidence of their own (Page posing as a person, shift hours, stock names) of supporting strength. */
  withSeparatingEvidence: number;
  /** Members that are Pages with a person's name. */
  pagesPosing: number;
  /** Accounts firmly attached to the group, which carry its verdict (0 unless it is judged inauthentic). */
  attached: number;
  /** Copy-paste families (templates) its members share. */
  templates: number;
  assessment: NetworkAssessment;
}

/** The networks as the result reports them: each group's verdict and tells, and what its members turned out to be. */
export function describeNetworks(
  model: Model,
  graph: CoordinationGraph,
  judged: NetworkJudgement[],
  evidence: Evidence[][],
  judgements: Judgement[],
  family: Map<SignalId, SignalFamily>,
  ties: CoordinationTies,
  verdict: VerdictOptions,
): Network[] {
  const n = model.accounts.length;
  const groupOf = new Int32Array(n).fill(-1);
  graph.groups.forEach((members, g) => members.forEach((a) => (groupOf[a] = g)));
  const edgeCounts = graph.groups.map((): Record<EdgeKind, number> => ({ 'co-commenting': 0, 'copy-paste': 0, slogan: 0, engagement: 0 }));
  for (const e of graph.edges) if (groupOf[e.a] >= 0 && groupOf[e.a] === groupOf[e.b]) edgeCounts[groupOf[e.a]!]![e.kind]++;
  return graph.groups.map((members, g) => {
    const posts = new Set<number>();
    const templates = new Set<number>();
    let inauthentic = 0, suspicious = 0, separating = 0;
    for (const a of members) {
      for (const c of model.accounts[a]!.commentIdx) posts.add(model.columns.post[c]!);
      for (const f of ties.familiesOf.get(a) ?? []) templates.add(f);
      if (judgements[a]!.verdict === 'inauthentic') inauthentic++;
      else if (judgements[a]!.verdict === 'suspicious') suspicious++;
      if (evidence[a]!.some((e) => family.get(e.signal) === 'separating' && e.signal !== 'network-member' && e.strength >= verdict.supportingStrength)) separating++;
    }
    const j = judged[g]!;
    const figures = (tell: string) => j.tells.find((t) => t.tell === tell)!.figures;
    const pages = figures('pages').pages ?? 0;
    // The engagement tell already counted the supportive engagement its members received, and from whom.
    const { received = 0, inside = 0 } = figures('engagement');
    return {
      id: networkId(g),
      members,
      size: members.length,
      posts: posts.size,
      edges: edgeCounts[g]!,
      internalEngagementShare: round(received ? inside / received : 0),
      inauthentic,
      suspicious,
      withSeparatingEvidence: separating,
      pagesPosing: pages,
      attached: j.attached.size,
      templates: templates.size,
      assessment: {
        verdict: j.verdict,
        basis: j.basis,
        evidence: j.tells.map(({ tell, testable, passed, p, q, figures }) => ({ tell, testable, passed, p, q, ...figures })),
      },
    };
  });
}

/** Networks are named by rank: n1 is the largest. */
export const networkId = (group: number) => `n${group + 1}`;
