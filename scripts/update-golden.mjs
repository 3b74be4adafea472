#!/usr/bin/env node
// Rewrites the golden JSON outputs after an intended change of findings: `npm run golden`.
// Review the diff (git diff fixtures/) before committing: every changed verdict is a changed finding.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

export const GOLDEN = [
  { out: 'fixtures/demo/expected.json', args: ['scan', 'fixtures/demo/comments.csv', '--reactions', 'fixtures/demo/reactions.csv', '--format', 'json'] },
  { out: 'fixtures/hostile/expected.json', args: ['scan', 'fixtures/hostile/comments.csv', '--format', 'json'] },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { out, args } of GOLDEN) {
    const run = spawnSync(process.execPath, ['bin/brigade.js', ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
    writeFileSync(out, run.stdout);
    process.stderr.write(`wrote ${out}\n`);
  }
}
