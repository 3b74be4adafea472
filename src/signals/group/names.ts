import { nameSkeleton, type PersonName } from '../_shared/names.js';
import { poissonUpperTail, round, significant } from '../../util/stats.js';
import { oncePerGrouping } from './shared.js';
import type { GroupContext, GroupTell } from './types.js';

/** A transliteration-blind key of a person's name (Məmmədov = Mammadov = Мамедов), as stock-name uses. */
const keyOf = (tokens: string[]) => [...new Set(tokens.map(nameSkeleton).filter((s) => s.length > 0))].sort().join(' ');

interface NameFrequencies {
  keys: string[];
  /** Σ f² over the other commenters' person-named name keys: the chance two random people share one. */
  collision: number;
}
const frequencies = oncePerGrouping(({ model, names, others }: GroupContext): NameFrequencies => {
  // Once per distinct name (accountNames shares one PersonName among the accounts of a name): the
  // skeletons' regular expressions per account were 0.8 s of a 150k-account scan.
  const keyByName = new Map<PersonName, string>();
  const keys = model.accounts.map((_, a) => {
    const name = names[a]!;
    if (!name.isPerson) return '';
    let key = keyByName.get(name);
    if (key === undefined) keyByName.set(name, (key = keyOf(name.tokens)));
    return key;
  });
  const counts = new Map<string, number>();
  let people = 0;
  keys.forEach((key, a) => {
    if (!key || !others[a]) return;
    people++;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  let collision = 0;
  for (const c of counts.values()) collision += (c / people) ** 2;
  // Too few other people to estimate from: assume names no more concentrated than one in a hundred.
  return { keys, collision: people >= 50 ? collision : Math.max(collision, 0.01) };
});

/**
 * Names drawn from a pool: pairs of members sharing a name (up to transliteration) against the pairs
 * expected if members were named like the page's other commenters, C(m, 2) · Σ f², a Poisson upper
 * tail. Common surnames are common for everyone, so Məmmədov alone does not pass; a pool does.
 * Effect: at least `minNamePairs` pairs and twice the expectation. Figures: people, pairs, expected.
 */
export const namesTell: GroupTell = {
  id: 'names',
  family: 'separating',
  evaluate(members, _group, context, options) {
    const { keys, collision } = frequencies(context);
    const counts = new Map<string, number>();
    let people = 0;
    for (const a of members) {
      if (!keys[a]) continue;
      people++;
      counts.set(keys[a]!, (counts.get(keys[a]!) ?? 0) + 1);
    }
    let pairs = 0;
    for (const c of counts.values()) pairs += (c * (c - 1)) / 2;
    const expected = ((people * (people - 1)) / 2) * collision;
    const figures = { people, pairs, expected: round(expected, 2) };
    if (people < 5) return { tell: 'names', testable: false, p: 1, effect: false, figures };
    const p = poissonUpperTail(pairs, expected);
    return { tell: 'names', testable: true, p: significant(p), effect: pairs >= options.minNamePairs && pairs >= 2 * expected, figures };
  },
};
