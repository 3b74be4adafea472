import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveScanOptions } from '../options.js';
import { runScan } from '../run.js';
import { generate } from './generator.js';
import { measure, type ScenarioMetrics } from './metrics.js';
import { SCENARIOS, type Scenario } from './scenarios.js';
import { writeDataset } from './write.js';

/** Generates a scenario, scans it with default options (rank by export order) and compares with the truth. */
export async function evaluateScenario(scenario: Scenario, extraOptions: Record<string, unknown> = {}): Promise<ScenarioMetrics> {
  const directory = await mkdtemp(join(tmpdir(), `brigade-${scenario.name}-`));
  try {
    const data = generate(scenario);
    await writeDataset(data, directory);
    const options = resolveScanOptions({ ...extraOptions });
    const result = await runScan(
      { comments: [join(directory, 'comments.csv')], reactions: scenario.reactions ? join(directory, 'reactions.csv') : undefined },
      options.analysis,
      false,
    );
    return measure(data, result);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/**
 * Every scenario with `seeds` seeds each: the scenario's own seed, then seed·1000 + 1, + 2, …
 * One seed can flatter; several show the spread.
 */
export async function evaluateAll(names = Object.keys(SCENARIOS), seeds = 1): Promise<(ScenarioMetrics & { seed: number })[]> {
  const out: (ScenarioMetrics & { seed: number })[] = [];
  for (const name of names) {
    const scenario = SCENARIOS[name];
    if (!scenario) throw new Error(`unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    for (let k = 0; k < seeds; k++) {
      const seed = k === 0 ? scenario.seed : scenario.seed * 1000 + k;
      out.push({ ...(await evaluateScenario({ ...scenario, seed })), seed });
    }
  }
  return out;
}
