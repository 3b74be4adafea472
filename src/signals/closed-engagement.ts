import { z } from 'zod';
import { round, wilson } from '../util/stats.js';
import { tiedGroupSize } from '../coordination/ties.js';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /** Supportive reactions the account must have received before the share means anything. */
  minReceived: z.number().int().min(1).default(20),
  /** …and given. */
  minGiven: z.number().int().min(1).default(10),
  /**
   * Share of the reactions it received that came from accounts it is tied to (co-commenting or a
   * shared copy-paste family), as the lower end of its 95% Wilson interval: 28 of 32 is not evidence
   * of 85%, 115 of 126 is. (On generated data 0.75 missed two thirds of a brigade whose members
   * like each other 4 times per comment and 0.7 a third; 0.65 let one activist of a campaign with
   * little audience through, 0.7 none.) Meta: "most of the engagement these comments received were from within
   * this network". A campaign draws likes from a silent audience that never comments; a network of
   * operated accounts has no audience but itself.
   */
  minShare: z.number().min(0).max(1).default(0.7),
  /**
   * Share of the reactions it gave that went to accounts it is tied to, again as the Wilson lower
   * bound (36 of 36 gives 0.90). Stricter than the received side: an operated account exists for
   * the operation, while a citizen in a campaign also likes what people outside it write.
   * (Measured on generated data: raw shares of 0.85/0.95 flagged up to 6 activists of a campaign
   * with little audience — `tight-campaign` — while these bounds flag none, at higher recall.)
   */
  minGivenShare: z.number().min(0).max(1).default(0.9),
  /** Accounts in the largest group it is tied into (a family of copies, or co-commenting partners and itself). */
  minGroup: z.number().int().min(2).default(3),
  /**
   * Enough beside one coordination signal for `inauthentic` (0.65 with 0.3: 1 − 0.35 · 0.7 = 0.755),
   * never enough alone, and never strong.
   */
  strength: z.number().min(0).max(1).default(0.65),
});
export type ClosedEngagementOptions = z.infer<typeof options>;

/**
 * Engagement that exists only inside a coordinated group: an account tied to others by co-commenting
 * or copy-paste whose support comes almost only from those same accounts, and goes almost only to
 * them. Coordination alone is what a hashtag campaign shows too (same slogans, mutual likes); what
 * separates it from operators is the audience: a campaign's comments are liked by people who do not
 * take part in it. Reactions only (a reply may be an argument), like/love/care/wow only, and only the
 * reactions the export lists: a like_count beyond them is from unknown accounts and is not counted
 * either way. Needs a reactions export and at least one coordination signal. Not read for a member of a group
 * whose engagement was tested as a whole and that was not judged inauthentic (`context.pooledEngagement`): a
 * campaign with little audience keeps its likes inside as an operation does, and its group's verdict stands for it.
 * Closed engagement thus adds to a member of an inauthentic group, or speaks for an account in no tested group.
 * Code: closed-engagement {received, fromGroup, share, shareLow, given, givenToGroup, givenShare, givenShareLow, group}.
 */
export const closedEngagement: Signal<ClosedEngagementOptions> = {
  id: 'closed-engagement',
  family: 'separating',
  rationale: 'Tied to others by co-commenting or copies, and almost all the reactions it receives and gives stay among them.',
  options,
  flags: [
    { flag: 'closed-min-share', key: 'minShare', description: 'lower 95% bound of the share of received reactions from tied accounts (0–1)' },
    { flag: 'closed-min-given-share', key: 'minGivenShare', description: 'lower 95% bound of the share of given reactions to tied accounts (0–1)' },
    { flag: 'closed-min-received', key: 'minReceived', description: 'reactions an account must have received before closure is judged' },
  ],
  usesSuspects: false,
  unavailable: (model) => (model.hasReactions ? null : model.unmatchedReactions > 0 ? 'reactions-match-no-comment' : 'no-reactions'),
  evaluate(model, opts, context) {
    const ties = context.ties;
    const n = model.accounts.length;
    const received = new Uint32Array(n), fromGroup = new Uint32Array(n);
    const given = new Uint32Array(n), givenToGroup = new Uint32Array(n);
    const { from, to, reaction, supportive } = model.engagements;
    for (let e = 0; e < model.engagements.length; e++) {
      if (!reaction[e] || !supportive[e]) continue;
      received[to[e]!]!++;
      given[from[e]!]!++;
      if (ties.tied(from[e]!, to[e]!)) {
        fromGroup[to[e]!]!++;
        givenToGroup[from[e]!]!++;
      }
    }
    const evidence: Evidence[] = [];
    for (let a = 0; a < n; a++) {
      if (received[a]! < opts.minReceived || given[a]! < opts.minGiven || context.pooledEngagement[a]) continue;
      // The lower end of the 95% Wilson interval, not the raw share: 28 of 32 is not evidence of 85%.
      const receivedLow = wilson(fromGroup[a]!, received[a]!)[0], givenLow = wilson(givenToGroup[a]!, given[a]!)[0];
      if (receivedLow < opts.minShare || givenLow < opts.minGivenShare) continue;
      const group = tiedGroupSize(ties, a);
      if (group < opts.minGroup) continue;
      evidence.push({
        account: a,
        signal: 'closed-engagement',
        code: 'closed-engagement',
        strength: opts.strength,
        args: {
          received: received[a]!, fromGroup: fromGroup[a]!, share: round(fromGroup[a]! / received[a]!),
          shareLow: round(receivedLow),
          given: given[a]!, givenToGroup: givenToGroup[a]!, givenShare: round(givenToGroup[a]! / given[a]!), givenShareLow: round(givenLow),
          group,
        },
      });
    }
    return evidence;
  },
};
