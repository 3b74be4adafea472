#!/usr/bin/env node
// Rewrites the golden JSON outputs after an intended change of findings: `npm run golden`.
// Review the diff (git diff fixtures/) before committing: every changed verdict is a changed finding.
// Written with --out, as a user keeps a result beside its inputs: the inputs are recorded relative to the
// golden's folder, so `brigade reproduce fixtures/demo/expected.json` (and `sample`) find them from anywhere.
import { spawnSync } from 'node:child_process';

export const GOLDEN = [
  { out: 'fixtures/demo/expected.json', args: ['scan', 'fixtures/demo/comments.csv', '--reactions', 'fixtures/demo/reactions.csv', '--format', 'json'] },
  { out: 'fixtures/hostile/expected.json', args: ['scan', 'fixtures/hostile/comments.csv', '--format', 'json'] },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { out, args } of GOLDEN) {
    const run = spawnSync(process.execPath, ['bin/brigade.js', ...args, '--out', out, '--quiet'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${args.join(' ')} --out ${out}: exit ${run.status}\n${run.stderr}`);
    process.stderr.write(`wrote ${out}\n`);
  }
}
