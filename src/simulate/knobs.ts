import { Random } from '../util/random.js';

/**
 * Domain randomisation (Tobin et al. 2017; methodology.md, "not trusting one simulator"): every knob of the
 * generator is drawn from a plausible range per scenario family, so an evaluation reports the worst of many
 * brigades rather than one brigade written by the same hands as the detector. The ranges come from the public
 * record (methodology.md) and from issue #9's list of settings a brigade may take; none is read from the detector.
 */
export const FAMILIES = ['flood', 'month', 'month-bare', 'organic-hours', 'fake-profiles', 'control', 'supporters'] as const;
export type Family = (typeof FAMILIES)[number];

/** How a knob is drawn: uniform, log-uniform (for counts spanning an order of magnitude), integer, or a coin. */
type Scale = 'real' | 'log' | 'int' | 'bool';

export interface KnobSpec {
  scale: Scale;
  description: string;
  /** [low, high] per family; for `bool`, [p, p] is the chance of 1 ([1, 1] always, [0, 0] never). Absent: not used. */
  ranges: Partial<Record<Family, readonly [number, number]>>;
}

const all = <R extends readonly [number, number]>(range: R, except: Partial<Record<Family, R>> = {}, skip: Family[] = []) =>
  Object.fromEntries(FAMILIES.filter((f) => !skip.includes(f)).map((f) => [f, except[f] ?? range])) as Partial<Record<Family, R>>;
const brigadeFamilies = <R extends readonly [number, number]>(range: R, except: Partial<Record<Family, R>> = {}) => all(range, except, ['control']);

export const KNOBS = {
  posts: { scale: 'int', description: 'posts of the news Page in the export (1: a one-post flood; 40: a month)', ranges: all([40, 40], { flood: [1, 1] }) },
  authorType: {
    scale: 'bool', description: 'the export carries author_type and author_category (the Page flag)',
    ranges: all([1, 1], { 'month-bare': [0, 0], 'organic-hours': [0.5, 0.5], 'fake-profiles': [0.5, 0.5], control: [0.5, 0.5] }),
  },
  reactions: {
    scale: 'bool', description: 'a reactions file (who reacted to which comment) comes with the export',
    ranges: all([0.5, 0.5], { flood: [0.7, 0.7], 'month-bare': [0, 0], supporters: [1, 1] }),
  },
  organicAccounts: { scale: 'int', description: 'ordinary commenters (citizens, office workers, diaspora)', ranges: all([700, 1000], { flood: [400, 900], control: [850, 1050] }) },
  brigadeAccounts: { scale: 'int', description: 'accounts of the operation', ranges: brigadeFamilies([120, 300], { flood: [200, 320], 'organic-hours': [60, 200], 'fake-profiles': [60, 200] }) },
  networkSize: { scale: 'int', description: 'accounts per operator network (the brigade is split into networks of about this size)', ranges: brigadeFamilies([25, 60], { flood: [40, 320], 'fake-profiles': [20, 40] }) },
  commentsPerAccount: { scale: 'log', description: 'median comments per brigade account over the export (each account varies around it)', ranges: brigadeFamilies([2, 40]) },
  inShiftShare: {
    scale: 'real', description: "share of a brigade account's comments inside its operators' shift (the rest on a citizen's clock); 0 = citizen clock only",
    ranges: brigadeFamilies([0.5, 0.97], { 'organic-hours': [0, 0], 'fake-profiles': [0.55, 0.85] }),
  },
  shiftStart: { scale: 'int', description: 'first hour of the shift (local)', ranges: brigadeFamilies([8, 10]) },
  shiftEnd: { scale: 'int', description: 'hour the shift ends (local)', ranges: brigadeFamilies([17, 19]) },
  lunchHour: { scale: 'int', description: 'lunch break hour (12, 13 or 14), or 0 for none', ranges: brigadeFamilies([11, 14]) },
  insideReactionShare: { scale: 'real', description: 'share of the reactions a brigade comment receives that come from its own network', ranges: brigadeFamilies([0.5, 0.95]) },
  reactionsPerComment: { scale: 'log', description: 'mean reactions a brigade comment receives', ranges: brigadeFamilies([1, 15], { flood: [8, 30] }) },
  personCategoryShare: { scale: 'real', description: 'share of brigade Pages with a person category (Blogger, Public figure, …)', ranges: brigadeFamilies([0, 0.4]) },
  blankCategoryShare: { scale: 'real', description: 'share of brigade Pages whose category the export leaves blank', ranges: brigadeFamilies([0, 0.3]) },
  fakeProfileShare: { scale: 'real', description: 'share of the brigade on fake personal profiles rather than Pages', ranges: brigadeFamilies([0, 0.7], { flood: [0, 0.4], 'fake-profiles': [0.6, 0.9] }) },
  templateShare: { scale: 'real', description: 'share of brigade comments pasted from the network\'s templates (the rest free text)', ranges: brigadeFamilies([0.2, 1], { 'fake-profiles': [0.2, 0.5] }) },
  templatesPerNetwork: { scale: 'int', description: 'distinct template lines a network pastes from', ranges: brigadeFamilies([4, 14]) },
  namePoolGiven: { scale: 'int', description: 'given names an operator network draws its names from', ranges: brigadeFamilies([15, 60]) },
  namePoolSurnames: { scale: 'int', description: 'surnames an operator network draws its names from', ranges: brigadeFamilies([8, 30]) },
  replyWithin: { scale: 'real', description: 'chance a brigade comment gets a reply from its network', ranges: brigadeFamilies([0.05, 0.35]) },
  targetedPosts: { scale: 'int', description: 'posts the brigade targets (of 40)', ranges: brigadeFamilies([6, 20], { flood: [1, 1] }) },
  officeShare: { scale: 'real', description: 'share of ordinary commenters who are office workers (daytime at lunch, evenings)', ranges: all([0.05, 0.25]) },
  diasporaShare: { scale: 'real', description: 'share of ordinary commenters living in other time zones', ranges: all([0.03, 0.15]) },
  sellers: { scale: 'int', description: "sellers commenting as a Page under the owner's own name, with a shop category", ranges: all([6, 20]) },
  publicFigures: { scale: 'int', description: 'public figures and bloggers commenting as their Page (person categories)', ranges: all([3, 10]) },
  mediaPages: { scale: 'int', description: 'media Pages commenting', ranges: all([2, 6]) },
  businesses: { scale: 'int', description: 'brand-named business Pages commenting', ranges: all([4, 12]) },
  superfans: { scale: 'int', description: 'sincere superfans (30–70 comments each, at all hours)', ranges: all([2, 10], { flood: [0, 4] }) },
  activistCommunities: { scale: 'int', description: 'activist communities (20–80 members, shared slogans, mutual likes), one of them students posting in the daytime', ranges: all([2, 3]) },
  activistOutsideLikes: { scale: 'real', description: 'mean likes an activist comment gets from outside its community (it gets 3–8 from inside)', ranges: all([0.3, 3]) },
  colleagues: { scale: 'int', description: 'colleagues who comment together at lunch on weekdays', ranges: all([5, 15]) },
  commonNameClusters: { scale: 'int', description: 'display names (e.g. "Elvin Məmmədov") shared by several distinct ordinary people', ranges: all([3, 12]) },
  // The government's sincere supporters (the supporters family only): what a yardstick of likes must not be cleaned of. A
  // review found that likes alone cannot tell a network's loners from citizens who like its comments and are liked back;
  // none of the generators had such citizens, so no draw could show the harm of treating them as the network's.
  supporters: { scale: 'int', description: "sincere government supporters (citizens' clock, loyal words) who like the brigade's comments and are liked by it", ranges: { supporters: [10, 40] } },
  supporterEcho: { scale: 'real', description: "share of a supporter's comments repeating one of a network's lines (read and agreed with)", ranges: { supporters: [0, 0.3] } },
  supporterLikesGiven: { scale: 'real', description: "mean likes a brigade comment gets from the supporters", ranges: { supporters: [0.2, 1.5] } },
  supporterLikesReceived: { scale: 'real', description: "mean likes a supporter's comment gets from the brigade (agreement, amplification)", ranges: { supporters: [0.5, 4] } },
} satisfies Record<string, KnobSpec>;

export type KnobName = keyof typeof KNOBS;
export type Knobs = Record<KnobName, number>;
export const KNOB_NAMES = Object.keys(KNOBS) as KnobName[];

/** The knob's range in a family, or undefined where the family does not use it. */
export function knobRange(family: Family, knob: KnobName): readonly [number, number] | undefined {
  return (KNOBS[knob] as KnobSpec).ranges[family];
}

/** Draws one value of a knob; `u` in [0, 1) places it in the range (0.5 gives the middle). */
export function knobValue(family: Family, knob: KnobName, u: number): number {
  const spec = KNOBS[knob] as KnobSpec;
  const range = spec.ranges[family];
  if (!range) return 0;
  const [lo, hi] = range;
  switch (spec.scale) {
    case 'bool': return u < lo ? 1 : 0;
    case 'int': {
      const v = lo + Math.floor(u * (hi - lo + 1));
      // lunchHour: the lowest value of its range stands for "no lunch break".
      return knob === 'lunchHour' && v === lo ? 0 : v;
    }
    case 'log': return round3(lo * (hi / lo) ** u);
    default: return round3(lo + u * (hi - lo));
  }
}

/** A number per family (FNV-1a of its name), so that one seed gives unrelated draws in different families. */
export function familySalt(family: Family): number {
  let h = 0x811c9dc5;
  for (const ch of family) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The knobs of one draw: each drawn independently from its own stream (seed, knob index), so adding a knob
 * does not move the others. `fixed` pins knobs (a sensitivity sweep, a test).
 */
export function drawKnobs(family: Family, seed: number, fixed: Partial<Knobs> = {}): Knobs {
  const out = {} as Knobs;
  const base = (seed * 7919 + familySalt(family)) >>> 0;
  KNOB_NAMES.forEach((knob, i) => {
    const rng = new Random((base + (i + 1) * 104_729) >>> 0);
    rng.next();
    out[knob] = fixed[knob] ?? knobValue(family, knob, rng.next());
  });
  return out;
}

/** Whether a value lies in the knob's range for the family (for `bool`: 0 or 1 allowed by its chance). */
export function inRange(family: Family, knob: KnobName, value: number): boolean {
  const spec = KNOBS[knob] as KnobSpec;
  const range = spec.ranges[family];
  if (!range) return value === 0;
  const [lo, hi] = range;
  if (spec.scale === 'bool') return (value === 1 && lo > 0) || (value === 0 && lo < 1);
  if (knob === 'lunchHour' && value === 0) return true;
  return value >= lo && value <= hi && (spec.scale !== 'int' || Number.isInteger(value));
}
