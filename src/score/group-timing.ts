import type { Model } from '../model/types.js';
import type { AnalysisProfile } from '../profile.js';
import { chiSquareTwoGroups, round, significant as sig } from '../util/stats.js';
import type { Verdict } from './verdict.js';

export interface GroupTiming {
  /** Comments by accounts judged inauthentic or suspicious, and by the rest. */
  flaggedComments: number;
  otherComments: number;
  flaggedInShiftShare: number;
  otherInShiftShare: number;
  /** 2 × 2 chi-square on in-shift vs not, flagged vs rest. */
  inShiftP: number;
  /** 2 × 168 chi-square on hour-of-week profiles (sparse bins pooled). */
  hourOfWeek: { statistic: number; df: number; p: number };
  /** Flagged comments in the lunch hour(s) on workdays against the mean of the hours either side. */
  lunch: { atLunch: number; adjacentMean: number; ratio: number } | null;
  /** Counts by [day 0 = Sunday][hour] in the analysis zone. */
  flaggedHeatmap: number[][];
  otherHeatmap: number[][];
}

/** Tests the hour-of-week profile of the flagged group as a whole against everyone else. */
export function groupTiming(model: Model, verdicts: Verdict[], inShift: Uint8Array, profile: AnalysisProfile): GroupTiming {
  const flaggedHeatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const otherHeatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let flagged = 0, other = 0, flaggedIn = 0, otherIn = 0;
  const { author, hourOfWeek } = model.columns;
  for (let i = 0; i < model.columns.length; i++) {
    const day = Math.floor(hourOfWeek[i]! / 24), hour = hourOfWeek[i]! % 24;
    if (verdicts[author[i]!] !== 'authentic') {
      flagged++;
      flaggedIn += inShift[i]!;
      flaggedHeatmap[day]![hour]!++;
    } else {
      other++;
      otherIn += inShift[i]!;
      otherHeatmap[day]![hour]!++;
    }
  }
  const inShiftTest = chiSquareTwoGroups([flaggedIn, flagged - flaggedIn], [otherIn, other - otherIn]);
  const how = chiSquareTwoGroups(flaggedHeatmap.flat(), otherHeatmap.flat());
  let lunch: GroupTiming['lunch'] = null;
  if (profile.lunch && profile.lunch[0] > 0 && profile.lunch[1] < 24) {
    const [start, end] = profile.lunch;
    const sumHours = (from: number, to: number) =>
      profile.workdays.reduce((s, d) => s + flaggedHeatmap[d]!.slice(from, to).reduce((x, y) => x + y, 0), 0);
    const width = end - start;
    const atLunch = sumHours(start, end) / width;
    const adjacentMean = (sumHours(start - 1, start) + sumHours(end, end + 1)) / 2;
    lunch = { atLunch: round(atLunch), adjacentMean: round(adjacentMean), ratio: adjacentMean > 0 ? round(atLunch / adjacentMean) : 0 };
  }
  return {
    flaggedComments: flagged,
    otherComments: other,
    flaggedInShiftShare: flagged ? round(flaggedIn / flagged) : 0,
    otherInShiftShare: other ? round(otherIn / other) : 0,
    inShiftP: sig(inShiftTest.p),
    hourOfWeek: { statistic: round(how.statistic), df: how.df, p: sig(how.p) },
    lunch,
    flaggedHeatmap,
    otherHeatmap,
  };
}
