import { createRequire } from 'node:module';
import type { Command as CommandType } from 'commander';
import { BrigadeError } from './errors.js';
import { settledOutcome } from './outcome.js';
import { forTerminal } from './report/sanitize.js';
import { VERSION } from './version.js';

// commander is CommonJS: required as such it loads in about half the time its ESM wrapper takes
// (`brigade --help` is mostly start-up). The commands' `import … from 'commander'` get this same module.
const { Command, CommanderError } = createRequire(import.meta.url)('commander') as typeof import('commander');

/**
 * The edge: parses arguments, runs a command, maps errors to exit codes.
 * 0 ran; 1 a check failed (--fail-above, check, reproduce); 2 usage or input error; 3 an internal error (a bug).
 * Only here and in commands/ is anything printed; every line that reaches the terminal is neutralised.
 * Nothing is coloured; should colour ever be added, NO_COLOR (no-color.org) must turn it off.
 */
const program = new Command();
program
  .name('brigade')
  .description('Find comment brigading (coordinated inauthentic commenting) in exported Facebook comment dumps.')
  .version(VERSION)
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)')
  // One error prefix everywhere: commander's own "error: …" lines become "brigade: …"; every line neutralised.
  .configureOutput({ writeErr: (text) => process.stderr.write(terminalLines(text)), outputError: (text, write) => write(text.replace(/^error: /, 'brigade: ')) });

// Only the invoked command's module is loaded (zod and the signals cost ~60 ms): `brigade --help`
// lists the commands from this table without importing any of them.
const COMMANDS: Record<string, { summary: string; register: () => Promise<(program: CommandType) => void> }> = {
  scan: {
    summary: 'judge the accounts in comment exports and measure the top-N inauthentic share',
    register: async () => (await import('./commands/scan.js')).registerScan,
  },
  check: {
    summary: 'compare a result with an expected one (CI): exit 1 on a changed verdict or share',
    register: async () => (await import('./commands/check.js')).registerCheck,
  },
  reproduce: {
    summary: 're-run a result from its recorded inputs and options; exit 1 if anything differs',
    register: async () => (await import('./commands/reproduce.js')).registerReproduce,
  },
  report: {
    summary: 'render a saved result JSON as a table, Markdown, HTML, JSON or CSV, without the inputs',
    register: async () => (await import('./commands/report.js')).registerReport,
  },
  sample: {
    summary: 'draw a reproducible sample of top-N comments (or accounts) to label by hand',
    register: async () => (await import('./commands/sample.js')).registerSample,
  },
  eval: {
    summary: 'precision, recall, specificity against hand labels; the corrected top-N share',
    register: async () => (await import('./commands/eval.js')).registerEval,
  },
  inspect: {
    summary: 'say what brigade understands of each input: format, encoding, columns, what it cannot support',
    register: async () => (await import('./commands/inspect.js')).registerInspect,
  },
  formats: {
    summary: 'list the input formats: how each is detected, the columns or fields it reads',
    register: async () => (await import('./commands/formats.js')).registerFormats,
  },
  simulate: {
    summary: 'write a seeded, labelled dataset (comments, reactions, truth)',
    register: async () => (await import('./commands/simulate.js')).registerSimulate,
  },
};
const words = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const invoked = words[0] === 'help' ? words[1] : words[0];
for (const [name, command] of Object.entries(COMMANDS)) {
  if (name === invoked) (await command.register())(program);
  else program.command(name).summary(command.summary).allowUnknownOption().allowExcessArguments();
}

// `brigade scan … | head` closes stdout early: that is success, not a crash. Any other write error
// (a full disk) means the output is incomplete: exit 2, said on stderr.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? settledOutcome());
  process.stderr.write(`brigade: standard output cannot be written (${error.code ?? error.message}): the output is incomplete\n`);
  process.exit(2);
});

// A bug, wherever it surfaces (a callback, a stream, a worker): one line, a hint, exit 3 — never 1,
// which scripts read as "the check failed".
const internalError = (error: unknown) => {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(
    `brigade: internal error: ${forTerminal(detail.split('\n')[0] ?? '', 300)}\n` +
      `brigade: this is a bug; please report it with the command you ran (BRIGADE_DEBUG=1 shows the stack)\n`,
  );
  if (process.env.BRIGADE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(3);
};
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

try {
  await program.parseAsync(process.argv);
  if (settledOutcome() !== 0) process.exitCode = settledOutcome();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof BrigadeError) {
    process.stderr.write(terminalLines(`${error.message.split('\n').map((line) => `brigade: ${line}`).join('\n')}\n`));
    process.exitCode = error.exitCode;
  } else {
    internalError(error);
  }
}

/** Messages may carry file names and data: each line is neutralised as the table is, the line breaks kept. */
function terminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => forTerminal(line))
    .join('\n');
}
