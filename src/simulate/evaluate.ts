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

export async function evaluateAll(names = Object.keys(SCENARIOS)): Promise<ScenarioMetrics[]> {
  const out: ScenarioMetrics[] = [];
  for (const name of names) out.push(await evaluateScenario(SCENARIOS[name]!));
  return out;
}
