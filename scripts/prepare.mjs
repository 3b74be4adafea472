#!/usr/bin/env node
// `prepare`: builds dist/ with tsc. npm runs it after `npm install` in a checkout, and when it installs
// brigade from a git URL (after installing the devDependencies, which hold typescript). With
// `npm install -g <git URL>`, npm 11 runs it without any dependency installed (npm/cli#8440, open):
// then the devDependencies are installed here first, in this folder only, and the build goes on.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const tscPath = () => {
  try {
    return join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return undefined;
  }
};

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let tsc = tscPath();
if (!tsc || !existsSync(tsc)) {
  const npm = process.env.npm_execpath;
  if (!npm) {
    process.stderr.write('brigade prepare: typescript is not installed; run `npm install` first\n');
    process.exit(1);
  }
  process.stderr.write('brigade prepare: typescript missing (npm/cli#8440); installing the devDependencies here to build\n');
  // The global install's npm_config_* settings would make this install global too, or be refused in it.
  for (const key of Object.keys(process.env)) if (/^npm_config_(global|prefix|location|allow_scripts)$/i.test(key)) delete process.env[key];
  run([npm, 'install', '--no-save', '--ignore-scripts', '--include=dev', '--location=project', '--no-audit', '--no-fund', '--no-package-lock']);
  tsc = tscPath();
}
run([tsc, '-p', 'tsconfig.json']);
