import { FAMILIES, type Family, type Knobs } from './knobs.js';

/**
 * Scenario families (issue #9). A scenario is a family and a seed: the seed draws every knob from the family's
 * ranges (src/simulate/knobs.ts) and then the data. `fixed` pins knobs, for a sensitivity sweep or a test.
 * The organic side is the same in every family: citizens, office workers, diaspora, superfans, sellers and public
 * figures commenting as Pages under their own names, media and business Pages, activist communities (one of
 * students posting in the daytime) and colleagues commenting together at lunch.
 */
export interface Scenario {
  name: Family;
  description: string;
  seed: number;
  fixed?: Partial<Knobs>;
}

const DESCRIPTIONS: Record<Family, string> = {
  flood: 'One post flooded in the manner of Azad Soz (Guardian, Apr 2021): 200–320 accounts, mostly Pages, the Page flag present.',
  month: 'A month of a news Page (40 posts), several operator networks on the posts they target; the Page flag present.',
  'month-bare': 'The month exported without Page flag, category or reactions (as exportcomments gives it).',
  'organic-hours': 'A brigade posting on a citizen-like clock (no shift at all); flag and reactions drawn.',
  'fake-profiles': 'Mostly fake personal profiles beside some Pages, looser shifts (55–85% in shift), mostly free text.',
  control: 'About 1,000 organic accounts of every kind and no brigade.',
  supporters: "A month with the Page flag and reactions, and 10–40 of the government's sincere supporters who like the brigade's comments, are liked by it and now and then repeat its lines.",
};
// flood's own seed draws a reactions file, so `brigade simulate --scenario flood` writes comments and reactions.
const SEEDS: Record<Family, number> = { flood: 12, month: 22, 'month-bare': 44, 'organic-hours': 77, 'fake-profiles': 55, control: 33, supporters: 66 };

export const SCENARIOS: Record<string, Scenario> = Object.fromEntries(
  FAMILIES.map((name) => [name, { name, description: DESCRIPTIONS[name], seed: SEEDS[name] }]),
);

export const isFamily = (name: string): name is Family => (FAMILIES as readonly string[]).includes(name);
