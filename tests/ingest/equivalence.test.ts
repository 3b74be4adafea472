import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../helpers/legacy-simulate/generator.js';
import { SCENARIOS } from '../helpers/legacy-simulate/scenarios.js';
import { commentsCsv, reactionsCsv } from '../helpers/legacy-simulate/write.js';
import { facepagerCsv, graphPages, metaContentLibraryCsv } from '../../src/simulate/write-formats.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

describe('one dataset, four formats', () => {
  it('gives the same verdict for every account and the same top-N figures as canonical CSV, Facepager CSV, Graph API JSON pages and Meta Content Library CSV', async () => {
    // The no-author-type scenario: none of the three exporters carries both the Page flag and the category.
    // Two weeks of it, not four: the readers' equivalence does not depend on the size (a brigade is checked below).
    const base = SCENARIOS['no-author-type']!;
    const data = generate({ ...base, days: 14, posts: 30, targeted: 6, organic: { ...base.organic, accounts: 300 }, activists: { ...base.activists, accounts: 20 } });
    const f = tempFiles({
      'comments.csv': commentsCsv(data),
      'reactions.csv': reactionsCsv(data),
      'facepager.csv': facepagerCsv(data),
      'mcl.csv': metaContentLibraryCsv(data),
    });
    mkdirSync(join(f.dir, 'graph'));
    for (const page of graphPages(data)) writeFileSync(join(f.dir, 'graph', page.name), page.json);

    const findings = async (input: string) => {
      const result = await scan([input], { rank: 'likes' }, f['reactions.csv']);
      return {
        formats: [...new Set(result.meta.inputs.filter((i) => i.role === 'comments').map((i) => i.format))],
        verdicts: Object.fromEntries(result.accounts.map((a) => [a.id, a.verdict])),
        topN: result.topN,
        used: result.rows.used,
      };
    };
    const canonical = await findings(f['comments.csv']!);
    expect(Object.values(canonical.verdicts)).toContain('inauthentic');
    for (const [input, format] of [[f['facepager.csv']!, 'facepager-csv'], [join(f.dir, 'graph'), 'graph-api-json'], [f['mcl.csv']!, 'meta-content-library-csv']] as const) {
      const other = await findings(input);
      expect(other.formats).toEqual([format]);
      expect(other.used).toBe(canonical.used);
      expect(other.verdicts).toEqual(canonical.verdicts);
      expect(other.topN).toEqual(canonical.topN);
    }
  }, 120_000);
});
