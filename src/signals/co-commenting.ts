import { z } from 'zod';
import { coCommentEdges } from '../coordination/co-comment.js';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /** CooRTweet's time_window (seconds): two comments on one post at most this far apart are a coordinated pair. */
  timeWindow: z.number().int().min(0).max(86_400).default(60),
  /** CooRTweet's min_participation; what it counts is set by `participation`. */
  minParticipation: z.number().int().min(1).default(2),
  /**
   * `both`: both accounts of a kept edge have coordinated pairs on at least min-participation
   * distinct posts. `coortweet`: CooRTweet 2.1.3's rule, for parity with it — accounts with at least
   * that many comments take part, and an edge is kept when *either* account has at least that many
   * coordinated comments (see coorTweetEdges).
   */
  participation: z.enum(['both', 'coortweet']).default('both'),
  /**
   * CooRTweet's edge_weight: keep edges whose weight is above this quantile of all edge weights
   * (`> q`). 0 keeps every edge (no quantile cut). A low value "may include a very large number of
   * spurious edges that indicate coincidence rather than coordination".
   */
  edgeWeight: z.number().min(0).max(1).default(0.5),
  /** …and at least this many coordinated pairs, whatever the quantile says. */
  minEdgeWeight: z.number().int().min(1).default(2),
  /** Coordination, not inauthenticity: activists co-comment too. Weak, and one family with the other coordination signals. */
  strength: z.number().min(0).max(1).default(0.3),
});
export type CoCommentingOptions = z.infer<typeof options>;

/**
 * The same accounts commenting on the same posts within seconds of each other, again and again
 * (CooRTweet, the QUT coordination-network toolkit). Code: co-commenting {partners, pairs, posts, window}.
 */
export const coCommenting: Signal<CoCommentingOptions> = {
  id: 'co-commenting',
  family: 'coordination',
  rationale: 'The same accounts comment on the same posts within seconds of each other, on post after post.',
  options,
  flags: [
    { flag: 'time-window', key: 'timeWindow', description: 'seconds within which two comments on one post are a coordinated pair' },
    { flag: 'min-participation', key: 'minParticipation', description: 'distinct posts with coordinated pairs an account needs (see --participation)' },
    {
      flag: 'participation', key: 'participation', choices: ['both', 'coortweet'],
      description: 'both: both accounts of an edge reach --min-participation posts; coortweet: CooRTweet 2.1.3\'s rule (accounts with that many comments, an edge kept when either has that many coordinated comments)',
    },
    { flag: 'edge-weight', key: 'edgeWeight', description: 'keep co-commenting edges above this quantile of edge weights (0–1; 0 keeps all)' },
    { flag: 'min-edge-weight', key: 'minEdgeWeight', description: 'coordinated pairs a co-commenting edge needs at least' },
  ],
  usesSuspects: false,
  unavailable: (model) => (model.posts.length === 0 ? 'no-comments' : null),
  evaluate(model, opts, context) {
    // The scan's shared ties were built from these same options.
    const kept = context.ties.coComment;
    const partners = new Map<number, { partners: number; pairs: number }>();
    for (const e of kept) {
      for (const a of [e.a, e.b]) {
        const p = partners.get(a) ?? { partners: 0, pairs: 0 };
        p.partners++;
        p.pairs += e.weight;
        partners.set(a, p);
      }
    }
    const { participation } = coCommentEdges(model, opts.timeWindow * 1000);
    const evidence: Evidence[] = [];
    for (const [account, p] of [...partners].sort((x, y) => x[0] - y[0])) {
      evidence.push({
        account, signal: 'co-commenting', code: 'co-commenting', strength: opts.strength,
        args: { partners: p.partners, pairs: p.pairs, posts: participation[account]!, window: opts.timeWindow },
      });
    }
    return evidence;
  },
};
