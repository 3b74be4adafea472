import { z } from 'zod';
import { accountNames, posesAsPerson, posesAsPersonUnexplained } from './_shared/names.js';
import type { Evidence, MemberAttachment, Signal } from './types.js';
import { significant } from '../util/stats.js';
import { clockSpeaksAgainst } from '../coordination/clock-fit.js';

const options = z.object({
  /**
   * Benjamini–Hochberg false discovery rate of each group tell, across the groups tested: the conventional 5%. A
   * verdict on the clock needs two tells (a shift and a lunch break or a pool of names), each with an effect size
   * as well. Swept 0.01 / 0.05 / 0.1 on our 60 draws (`npm run evaluate -- --draws 10 --seed 1 --option groupAlpha=V`):
   * mean recall fake-profiles 0.477 / 0.508 / 0.508, month-bare 0.124 / 0.134 / 0.134, the rest equal, no account
   * wrongly flagged added at any; on the 180 draws of other hands (seeds 1–3, 0.01 / 0.05) bare 0.214 / 0.229,
   * 0.007 / 0.013, 0.187 / 0.205, the rest equal, none wrongly flagged added. (0.01 until then: the lunch dip of a
   * brigade split into three groups, 0.08–0.12 of its comments against the page's 0.31, fell short in each.)
   */
  alpha: z.number().gt(0).lt(1).default(0.05),
  /** Occasions (a post and a clock hour) with comments from the group before its clock is tested. */
  minOccasions: z.number().int().min(1).default(20),
  /**
   * Pages posing as people a group needs before their excess counts. Swept 3 / 4 / 5 (our seeds 1–2, the other
   * hands' 1–3): at 3 a group of three sellers was judged a network of Pages in three of our draws (month precision
   * 0.993 → 0.960); at 4 our month mean recall rose 0.698 → 0.708 and nothing else moved. Kept at 5: one seller
   * more in such a group is all that separates 4 from 3.
   */
  minPages: z.number().int().min(1).default(5),
  /**
   * How many times the others' share of Pages posing as people the group's share must be, at its Wilson lower bound.
   * Swept 4 / 3 / 2 on our 60 draws and the 120 of other hands, after a Page under a person's category stopped being
   * taken for a network's Page on one echo: fake-profiles mean recall 0.463 / 0.477 / 0.502 (ours), 0.404 / 0.487 / 0.487
   * and 0.696 / 0.741 / 0.741 (other hands, two sets), floods of the second set 0.669 / 0.735 / 0.738; accounts wrongly
   * flagged 62 / 67 / 67 over the 120 (ours: 1 / 2 / 2 over 60), no activist, student or colleague at any. Groups where
   * citizens who echo the brigade's lines are half the members hold 40–50% Pages, which 4 missed at their lower bound.
   * 3 took the gain with the larger margin then; the crowds of citizens holding a page's sellers are kept out by
   * `minPagesShare`, not by this ratio. Swept again 3 / 2 on Dec 7 over 600 draws of three generators (our seeds 1–2,
   * the other hands' 1–5, independent-b's 1–3): true flags +282 on the 420 of the first two and 5 public figures more
   * wrongly flagged (115 → 120; fake-profiles precision down to 0.963), no activist, student or colleague; on
   * independent-b's 180 draws the worst flood recall 0.007 → 0.205 and month 0.059 → 0.268, nobody wrongly flagged
   * added. There the brigade's own ungrouped Pages (51 of 713 ungrouped commenters in flood 2001) had raised the
   * yardstick to 9%, and groups 30% Pages missed 3× of it at their lower bound. Now 2.
   */
  minPagesRatio: z.number().min(1).default(2),
  /**
   * Share of a group's members of known type that must be Pages posing as people, however rare such Pages are
   * elsewhere: Meta's network was made of them. When citizens' shared slogans join a third of a page's
   * commenters into one group, the page's sellers and public figures are in it (2.3–2.6% of 686–777 members on
   * data built by other hands) and the few left outside are no yardstick; the brigade groups judged on their
   * Pages held 6–69%. Without the floor, those 777 citizens were
   * judged a network of Pages and 94 activists, students and colleagues among them were flagged in one draw; on our
   * own draws 0, 0.05 and 0.1 give the same verdicts.
   */
  minPagesShare: z.number().min(0).max(1).default(0.05),
  /** Smallest lift of the group's in-shift share (Wilson lower bound) over the other commenters'. */
  minLift: z.number().min(0).max(1).default(0.1),
  /**
   * Hours either side of the profile's shift start, end and lunch that a group's shift tell also tries, with no lunch
   * too (36 shifts at 1), Bonferroni over them; a group judged on its shift has its members' clocks read in that shift.
   * 0: the profile's only. The ranges (and the three generators) put brigades' shifts at 08–10 to 17–19 with a
   * lunch at 12–14 or none: at 0, a network keeping 10–19 with a lunch at 12 had a fifth of its hours outside.
   */
  shiftSearch: z.number().int().min(0).max(3).default(1),
  /** Pairs of members sharing a name before a name pool counts. */
  minNamePairs: z.number().int().min(1).default(3),
  /**
   * False discovery rate (Benjamini–Hochberg across the groups tested) at which a pool of shared names passes. A
   * community of students posts in the weekday daytime by nature, so it passes the shift tell; beside it a pool of
   * names is the second separating tell that makes a group inauthentic, and the rate at which chance alone passes that
   * tell is the rate at which such communities are judged networks. At `alpha` (0.05) it happened: a community of 31
   * students on our supporters family draw 2006 shared four names of the commonest (two Fuad Mammadov, two Ruslan
   * Məmmədov, two Елена Мамедова, Yusif Mammadov and Məmmədov: 4 pairs against 1.08 expected, p = 0.024) and all 30
   * were flagged. At 0.01 it is one in a hundred such communities. Measured over the 720 draws of the three generators
   * against 0.05 (Dec 7, ninth session): 72 true flags fewer on independent-b (its fake-profiles family, mean recall
   * 0.527 → 0.519), none on ours or independent/; nobody wrongly flagged either way outside that students' draw.
   */
  namesAlpha: z.number().gt(0).lt(1).default(0.01),
  /** Distinct members an account must be tied to by more than timing (a shared template, reactions exchanged both ways) to carry its group's verdict. */
  minAttachment: z.number().int().min(1).default(2),
  /**
   * Bayes factor by which a member's clock (its in-shift share of occasions) must fit its group's rather than
   * the page's ungrouped commenters' (coordination/clock-fit.ts, beta-binomials: partial pooling for accounts
   * with a few comments), in a group judged inauthentic on its shift. 20 is where "strong" evidence begins on
   * Kass & Raftery's scale (1995; 2 ln BF ≥ 6). Swept on our draws (`npm run evaluate -- --family month --family month-bare
   * --family fake-profiles --draws 10 --option minClockFit=V`): 3 / 10 / 20 / 50 gave mean recall 0.661 / 0.636 / 0.619 / 0.603 on month, no false
   * positive at any; on data built by other hands, 10 (Jeffreys' "strong") flagged two diaspora citizens who
   * echo the brigade's phrases, at 10.8 and 11.
   * It gives a firmly attached member full strength; it never attaches one (as a tie it attached students
   * that co-commenting had swept into a brigade group).
   */
  minClockFit: z.number().min(1).default(20),
  /**
   * Bayes factor by which a member's clock must fit its group's rather than the page's (as `minClockFit`, in a group
   * judged on its shift) for its hours to count as one of the `minAttachment` ties that attach it: beside at least one
   * firm tie (a shared template, reactions exchanged), never alone. 10 is where "strong" evidence begins on Jeffreys'
   * scale. Swept 3 / 10 over 420 draws (our seeds 1–2, the other hands' 1–5): 3 added 98 true flags and 1 false (a
   * public figure; our month mean recall 0.698 → 0.717), 10 added 36 true flags and none false (month 0.698 → 0.704,
   * fake profiles 0.508 → 0.519). A member with a handful of comments rarely reaches more against a page whose
   * ungrouped commenters include the brigade's own loners.
   */
  minClockTie: z.number().min(1).default(10),
  /**
   * Bayes factor by which a member's clock fits the page's ungrouped commenters' rather than its group's (the inverse of
   * `minClockFit`'s, in a group judged on its shift) at which a membership resting on likes (reactions exchanged, pooled
   * likes) weakens to `profileStrength`: the member then needs evidence of its own, as one tied by templates alone does.
   * Likes are what the government's sincere supporters give the brigade and get back; beside them the member's own hours
   * are the one independent check, and here they speak against the membership. 3 is where "substantial" evidence begins
   * on Jeffreys' scale (the scale `minClockTie` uses). Measured on Dec 8 (tenth session) over the 760 draws of the three
   * generators against 0 (never): accounts wrongly flagged 194 → 143 (our supporters family 92 → 44, independent/ 99 → 96,
   * independent-b 0 → 0), true flags 91,114 → 90,782 (−0.4%: ours −95, independent/ −9, independent-b −228), no activist,
   * student or colleague either way. A member so weakened is no seed of the network's sittings (score/network-verdict.ts).
   * Swept on our 280 draws (`npm run evaluate -- --draws 10 --seed S --option memberClockAgainst=V`, S = 1–4),
   * 0 / 10 / 3 / 1: true flags 30,182 / 30,156 / 30,087 / 29,871, wrongly flagged 95 / 73 / 47 / 25. Below 3 the factor
   * is "barely worth mentioning" (Jeffreys) and cost ten operators per citizen spared. 0: never.
   */
  clockAgainst: z
    .number()
    .refine((v) => v === 0 || v >= 1, { message: '0 (never) or a Bayes factor ≥ 1' })
    .default(3),
  /**
   * Bayes factor by which the support an attached member received and gave must fit its group's rather than the page's
   * ungrouped accounts' (coordination/clock-fit.ts `shareFit`, beta-binomials: partial pooling for an account with a few
   * likes), each way: the share of the supportive reactions it received that came from the networks' members, and the
   * share of those it gave that went to them; the smaller factor counts. Both ways, because nobody chooses who likes
   * them: on data built by other hands, two citizens whose two likes both came from the brigade (camouflage) fitted 31
   * times better on what they received alone, and were flagged; what an account gives is its own act. 20 is where
   * "strong" evidence begins (Kass & Raftery 1995), as for the clock. It gives a firmly attached member full
   * strength; it never attaches one (beside a firm tie, `minEngagementTie` may; closed-engagement's per-account test needs 20 reactions received and 10 given; a
   * member with three comments has a handful). Measured on Dec 7 (eighth session) over 240 draws (our seeds 1–2, the
   * other hands' 1–2, independent-b's 1–2) against the code without it: +44 true flags on ours, +3 on `independent/`,
   * independent-b's month mean recall 0.820 → 0.838, nobody wrongly flagged added; on what was received alone, 7
   * citizens were (+4 counting only likes from the network's own Pages and clocks).
   */
  minEngagementFit: z.number().min(1).default(20),
  /**
   * Bayes factor by which a member's likes must fit its group's rather than the page's (as `minEngagementFit`, the smaller
   * of the received and given shares' factors) to count as one of its `minAttachment` ties: beside at least one firm tie
   * that is a shared template (score/network-verdict.ts: beside reactions exchanged they would be the same likes again),
   * never alone — as `minClockTie` lets hours stand for the second tie. 10 is where "strong" evidence begins on
   * Jeffreys' scale, as for the clock. Measured on Dec 7 (eighth session) over the 720 draws (our seeds 1–4, the other
   * hands' 1–5, independent-b's 1–3) against the code without it: true flags +48 on ours and `independent/`,
   * independent-b's month mean recall 0.801 → 0.808 and fake profiles 0.571 → 0.576, nobody wrongly flagged added, no
   * activist, student or colleague.
   */
  minEngagementTie: z.number().min(1).default(10),
  /**
   * Largest window (minutes) in which an attached member's comments are read against those of the network's seeds on
   * the same post (its Pages posing as people and members whose hours fit its clock, and attached accounts that
   * exchanged reactions with it; score/network-verdict.ts recordSessions, coordination/sessions.ts): windows of 1, 2,
   * 5, 15 and 30 minutes up to it, the least p kept, Bonferroni over them. Operators post in sittings, minutes after
   * each other; a citizen who echoes their line does so when he reads it. 0: not tested.
   */
  sessionMaxMinutes: z.number().min(0).max(30).default(30),
  /**
   * Benjamini–Hochberg false discovery rate of that test across the attached accounts. A member that passes carries its
   * network's verdict at full strength, as one that exchanged reactions with the network does; the test never attaches
   * anyone. Its null is lenient toward members: they entered their group partly by commenting within a minute of it
   * (co-commenting ties), which the outsiders' chance does not know. Swept 0.01 / 0.001 on Dec 7 (seventh session) over
   * 540 draws (our seeds 1–4, the other hands' 1–5), against the code without the test: in a first version (read in
   * rounds, corrected across every attached account) true flags +3,400 / +3,031, accounts wrongly flagged +19 / +2 (the
   * 369 flags 0.01 added held 17 wrongly flagged, 5%, five times the nominal rate); at c19b4c3 +2,957 / +2,507
   * and +6 / 0 (102 → 108 / 102), and on independent-b's seeds 1–2 +133 more true flags at 0.01, nobody wrongly flagged.
   * No activist, student or colleague at either. The stricter rate is kept: six more citizens branded for 450 more
   * operators is the trade the verdict rule refuses elsewhere.
   */
  sessionAlpha: z.number().gt(0).lt(1).default(0.001),
  /**
   * Passes of the group stage. Each pass after the first judges the groups again against a yardstick that leaves out
   * the ungrouped accounts the pass before attached to a group judged inauthentic: a network's loners are the
   * network's, not the page's other commenters. 1: a single pass, the yardstick every ungrouped account.
   */
  yardstickPasses: z.number().int().min(1).max(10).default(3),
  /**
   * Strength of membership in a group judged inauthentic, for a Page with a person's name (what the group
   * was judged on, whatever its category): separating, below `--strong-evidence`; with its own ties or its
   * Page evidence it makes `inauthentic`.
   */
  strength: z.number().min(0).max(1).default(0.65),
  /**
   * Strength for any other member (a personal profile, an account of unknown type) that did not exchange
   * reactions both ways with at least `minAttachment` members: below what the coordination signals (0.3)
   * lift to `inauthentic` (0.75), so such a member also needs evidence of its own (its hours). On data generated by other hands, citizens who echo the brigade's phrases and trade
   * likes with it were otherwise flagged, up to 193 in one draw.
   */
  profileStrength: z.number().min(0).max(1).default(0.6),
  /**
   * Share of its comments a Page under a person's category ("Blogger", "Athlete") must have copied from the
   * networks' templates (with at least `minRepertoire` distinct ones) to count as one of the network's Pages: the
   * half page-network-copies asks of a profile. On data built by other hands, public figures who speak as the
   * government's supporters do wrote 2–3 of a network's templates among 4–8 comments of their own words, and 30
   * of them were flagged over 120 draws when two templates were enough. Swept 0.34 / 0.5 / 0.67: accounts wrongly
   * flagged over those 120 draws 78 / 67 / 52, their mean recall per family lower by up to 0.021 at 0.67 than at
   * 0.5; ours 0.935 / 0.928 / 0.919 (flood) and 0.686 / 0.685 / 0.674 (month). Kept at the half, where the two
   * signals that read copies agree.
   */
  minCopiedShare: z.number().min(0).max(1).default(0.5),
  /**
   * Distinct templates of the networks a Page under a person's category must have written for its copies to make it
   * one of the network's Pages (with `minCopiedShare` of its comments copies). A public figure who speaks as the
   * government's supporters do writes two of the networks' lines in two or three comments often enough: on data
   * built by other hands, such Pages without reactions in the export were most of the accounts wrongly flagged.
   * Swept 2 / 3 on Dec 7 over 600 draws of the three generators (our seeds 1–2, the other hands' 1–5,
   * independent-b's 1–3): at 3, accounts wrongly flagged 114 → 90 and true flags −0.12% (42,531 → 42,479) on the
   * 420 of the first two (fake-profiles min precision on the other hands' seed 4 0.947 → 1.000); on independent-b
   * nobody wrongly flagged either way, its worst month recall 0.268 → 0.252. A network's own such Page posts its
   * lines over and over.
   */
  minRepertoire: z.number().int().min(1).default(3),
  /**
   * Share of the accounts that gave it a supportive reaction that must be members of the network, for a Page under a
   * person's category to count as one of its Pages, wherever the export lists reactions and it received any. A public figure is
   * liked by its readers: on data built by other hands 0–14% of the public figures' supporters were the brigade's,
   * against 68–95% for the brigade's own "Writer" and "Blogger" Pages, so any value from 0.15 to 0.65 separates them
   * there; the half, as `minCopiedShare` asks of copies. Not asked of profiles attached by reactions exchanged both
   * ways: there it cost mean recall 0.039 (organic hours) and 0.033 (fake profiles) on those draws to spare 3 citizens.
   */
  minSupportedShare: z.number().min(0).max(1).default(0.5),
});
export type NetworkMemberOptions = z.infer<typeof options>;

/**
 * What a membership rests on (its `via`, chosen in evaluate below), grouped by the fact other signals read too: the
 * network's copied texts, or the likes traded with it. score/verdict.ts counts such a membership once with them.
 */
export const VIA_ON_TEXTS: readonly string[] = ['templates', 'templates+reactions'];
export const VIA_ON_LIKES: readonly string[] = ['engagement', 'reactions', 'templates+reactions'];

/**
 * Whether a Page with a person's name under a person's category ("Blogger"), or one a person's Page carries as well
 * ("Media", "Just for fun"), counts as one of its network's Pages: its writing is mostly the networks' templates (at
 * least `minRepertoire` of them), or as many of their members support it — and where it was liked at all, most of those
 * who liked it are the network's: a public figure is liked by its readers (on data built by other hands 0–14% of their
 * supporters were the brigade's, against 68–95% for the brigade's own "Writer" and "Blogger" Pages). Such a Page
 * attached only for its name that does not count is no member at all (score/network-verdict.ts).
 */
export function countsAsNetworkPage(attachment: MemberAttachment, opts: Pick<NetworkMemberOptions, 'minRepertoire' | 'minCopiedShare' | 'minSupportedShare' | 'minAttachment'>): boolean {
  const repertoire = attachment.templates >= opts.minRepertoire && attachment.copies >= opts.minCopiedShare * attachment.comments;
  const supportedByNetwork = attachment.reactors === 0 || attachment.supporters >= opts.minSupportedShare * attachment.reactors;
  return supportedByNetwork && (repertoire || attachment.supporters >= opts.minAttachment);
}

/**
 * Operations are judged as networks (Meta's coordinated inauthentic behaviour): each coordinated group is
 * tested as a unit on pooled evidence (score/network-verdict.ts, signals/group/), and an account firmly
 * attached to a group judged inauthentic gets this evidence, citing the group and what it was judged on.
 * Membership of an undetermined or coordinated-authentic group gives nothing.
 * Code: network-member {network, ties, mutual, clockFit?, engagementFit?, likesReceived?, likesFromNetwork?, likesGiven?, likesToNetwork?, templates?, copies?, comments?, supporters?, reactors?, sessionHits?, sessionExpected?, sessionMinutes?, sessionQ?, via, size, basis}: `ties` counts the accounts of the networks
 * judged inauthentic (their core, see score/network-verdict.ts) tied to it by more than timing; `clockFit` (only
 * where the network was judged on its shift) is the Bayes factor of its own clock, the network's against the page's; `engagementFit` (where it
 * received and gave supportive reactions) the smaller Bayes factor of the shares of its likes received from and given to the networks' members
 * (`likes…`), the network's against the page's; `templates`, `copies`, `comments`
 * (when it wrote any of them): the networks' templates among its comments, the comments copying them, all its comments;
 * `supporters`, `reactors` (when anyone liked it): the networks' members that gave it a supportive reaction, and every account that did.
 */
export const networkMember: Signal<NetworkMemberOptions> = {
  id: 'network-member',
  family: 'separating',
  rationale: 'Firmly tied into a coordinated group that, tested as a whole, shows what operators show (Pages posing as people, an office shift with a lunch break, a pool of names).',
  options,
  flags: [
    { flag: 'group-alpha', key: 'alpha', description: 'false discovery rate (Benjamini–Hochberg across groups) of each group test' },
    { flag: 'group-min-occasions', key: 'minOccasions', description: 'occasions (a post and a clock hour) a group needs before its clock is tested' },
    { flag: 'group-min-pages', key: 'minPages', description: 'Pages posing as people a group needs before their excess counts' },
    { flag: 'group-min-pages-share', key: 'minPagesShare', description: "share of a group's members of known type that must be Pages posing as people (0–1)" },
    { flag: 'group-min-pages-ratio', key: 'minPagesRatio', description: "how many times the other commenters' share of Pages posing as people a group's share must be (lower bound)" },
    { flag: 'group-min-lift', key: 'minLift', description: "smallest lift of a group's in-shift share over the other commenters'" },
    { flag: 'group-shift-search', key: 'shiftSearch', description: "hours either side of the profile's shift start, end and lunch that a group's shift test also tries (0: the profile's only)" },
    { flag: 'group-min-name-pairs', key: 'minNamePairs', description: 'pairs of members sharing a name before a name pool counts' },
    { flag: 'group-names-alpha', key: 'namesAlpha', description: 'false discovery rate (Benjamini–Hochberg across groups) at which a pool of shared names passes' },
    { flag: 'min-attachment', key: 'minAttachment', description: 'distinct members an account must be tied to before its group decides with it' },
    { flag: 'member-min-repertoire', key: 'minRepertoire', description: "distinct templates of its network a Page under a person's category must have written to count as one of its Pages" },
    { flag: 'member-min-copied-share', key: 'minCopiedShare', description: "share of its comments a Page under a person's category must have copied from its network's templates to count as one of its Pages (0–1)" },
    { flag: 'member-min-supported-share', key: 'minSupportedShare', description: "share of those who liked it that must be its network's members, for a Page under a person's category to count as one of its Pages (0–1)" },
    { flag: 'min-clock-fit', key: 'minClockFit', description: "Bayes factor by which a member's clock must fit its group's rather than the page's to carry the group's verdict" },
    { flag: 'group-yardstick-passes', key: 'yardstickPasses', description: 'passes of the group stage, each judging the groups against the page\'s other commenters less the accounts the pass before attached to a network judged inauthentic' },
    { flag: 'session-max-minutes', key: 'sessionMaxMinutes', description: "largest window (minutes) in which an attached member's comments are read against its network's on the same post (0: not tested)" },
    { flag: 'session-alpha', key: 'sessionAlpha', description: 'false discovery rate (Benjamini–Hochberg across attached accounts) of the session test' },
    { flag: 'min-engagement-fit', key: 'minEngagementFit', description: "Bayes factor by which the support a member received from and gave to its network (shares) must fit its group's rather than the page's, each way, to carry the group's verdict" },
    { flag: 'min-engagement-tie', key: 'minEngagementTie', description: "Bayes factor by which a member's likes (shares received from and given to its network) must fit its group's rather than the page's, each way, to count as one of its ties (beside a firm one)" },
    { flag: 'member-clock-against', key: 'clockAgainst', description: "Bayes factor by which a member's clock fits the page's rather than its network's at which a membership resting on likes counts as weak (0: never)" },
    { flag: 'min-clock-tie', key: 'minClockTie', description: "Bayes factor by which a member's clock must fit its group's rather than the page's to count as one of its ties (beside a firm one)" },
  ],
  usesSuspects: false,
  unavailable: () => null,
  evaluate(model, opts, context) {
    const names = accountNames(model);
    const evidence: Evidence[] = [];
    const seen = new Set<number>();
    for (const network of context.networks) {
      if (network.verdict !== 'inauthentic') continue;
      for (const [account, attachment] of network.attached) {
        const { ties, mutual, clockFit } = attachment;
        if (seen.has(account)) continue;
        seen.add(account);
        // A Page posing as a person is what the group was judged on; one with a person's category ("Blogger"), or one a
        // person's Page can carry as well ("Media", "Just for fun"), only when more than an echo ties it in
        // (countsAsNetworkPage: on data built by other hands, public figures who echoed a flood's line once or twice were
        // flagged as its Pages, 1–3 a draw).
        const { templates, copies, comments } = attachment;
        const posing = posesAsPersonUnexplained(model, names, account) || (posesAsPerson(model, names, account) && countsAsNetworkPage(attachment, opts));
        // Its comments fell minutes from the network's seeds', post after post, beyond what the page's other commenters' did.
        const sessions = attachment.sessions;
        const sittings = sessions !== undefined && sessions.q <= opts.sessionAlpha;
        const engaged = attachment.engagementFit >= opts.minEngagementFit;
        // Its own hours fit the page's citizens substantially better than its network's: likes alone no longer make it firm.
        const onLikes = mutual >= opts.minAttachment || engaged;
        const hoursAgainst = onLikes && clockSpeaksAgainst(clockFit, opts.clockAgainst);
        const firmByLikes = onLikes && !hoursAgainst;
        const strength = posing || firmByLikes || clockFit >= opts.minClockFit || sittings ? opts.strength : opts.profileStrength;
        // What the attachment rests on: a Page posing as a person, reactions exchanged both ways, its own hours, its
        // sittings, its likes, or nothing but the templates it shares with the network (the texts page-network-copies reads).
        // Its own hours and its sittings come before reactions: a membership resting on likes counts once with the signals
        // that read the same likes (score/verdict.ts), and one whose hours also fit its network's rests on more than likes.
        const via = posing ? 'page' : clockFit >= opts.minClockFit ? 'clock' : sittings ? 'sessions' : mutual >= opts.minAttachment ? 'reactions' : engaged ? 'engagement' : mutual > 0 ? 'templates+reactions' : 'templates';
        evidence.push({ account, signal: 'network-member', code: 'network-member', strength, args: { network: network.id, ties, mutual, ...(clockFit > 0 ? { clockFit } : {}), ...(hoursAgainst ? { hoursAgainst: 1 } : {}), ...(templates > 0 ? { templates, copies, comments } : {}), ...(attachment.reactors > 0 ? { supporters: attachment.supporters, reactors: attachment.reactors } : {}), ...(attachment.engagementFit > 0 ? { engagementFit: attachment.engagementFit, likesReceived: attachment.likes.received, likesFromNetwork: attachment.likes.fromNetwork, likesGiven: attachment.likes.given, likesToNetwork: attachment.likes.toNetwork, ...(attachment.likesTie ? { likesTie: 1 } : {}) } : {}), ...(sittings ? { sessionHits: sessions.hits, sessionExpected: sessions.expected, sessionMinutes: sessions.minutes, sessionQ: significant(sessions.q) } : {}), via, size: network.size, basis: network.basis.join('+') } });
      }
    }
    return evidence.sort((a, b) => a.account - b.account);
  },
};
