import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCli } from './cli-args.js';
import { EXIT_FAILED, EXIT_USAGE, type CliIo, type CommandContext } from './cli-context.js';
import { describeFailure } from './cli-errors.js';
import { cliTranslator } from './cli-messages.js';
import { printable } from './printable.js';
import { addDocumentsCommand } from './commands/add-documents.command.js';
import { searchCommand } from './commands/search.command.js';
import { demoCommand } from './commands/demo.command.js';
import { exportJsonCommand } from './commands/export-json.command.js';
import { exportCommand } from './commands/export.command.js';
import { importJsonCommand } from './commands/import-json.command.js';
import { infoCommand } from './commands/info.command.js';
import { newCommand } from './commands/new.command.js';
import { verifyCommand } from './commands/verify.command.js';

export type { CliIo } from './cli-context.js';

const COMMANDS = {
  new: newCommand,
  demo: demoCommand,
  info: infoCommand,
  verify: verifyCommand,
  export: exportCommand,
  'export-json': exportJsonCommand,
  'import-json': importJsonCommand,
  'add-documents': addDocumentsCommand,
  search: searchCommand,
};

/**
 * The `koers` command line. `argv` is what follows the program name (process.argv.slice(2)).
 * Resolves to the exit code: 0 all well, 1 a file is not healthy or could not be made,
 * 2 the command was used incorrectly. Never throws and never calls process.exit, so tests run
 * it in-process.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const parsed = parseCli(argv, env);
  if (parsed.kind === 'help') {
    io.stdout(parsed.text);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    for (const line of parsed.lines) io.stderr(line);
    io.stderr('');
    io.stderr(parsed.help);
    return EXIT_USAGE;
  }
  const t = cliTranslator(parsed.language);
  const ctx: CommandContext = {
    io,
    env,
    language: parsed.language,
    t,
    positionals: parsed.positionals,
    values: parsed.values,
    usageError(line) {
      io.stderr(line);
      io.stderr('');
      io.stderr(t(`help.${parsed.command}`));
      return EXIT_USAGE;
    },
  };
  try {
    return await COMMANDS[parsed.command](ctx);
  } catch (error) {
    io.stderr(printable(describeFailure(error, parsed.language).message));
    return EXIT_FAILED;
  }
}

/**
 * A stream whose reader has gone (`koers info F | head -1`): the reader wants no more, which is
 * no error of ours. Further lines are dropped and the command ends normally, with its own exit
 * code and its own clean-up, instead of dying on an unhandled EPIPE with a stack trace.
 */
function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return (line) => {
    if (!closed) stream.write(`${line}\n`);
  };
}

/** What bin/koers.js calls: real argv, real streams, exit code without cutting output short. */
export async function runFromProcess(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: lineWriter(process.stdout),
    stderr: lineWriter(process.stderr),
    env: process.env,
  });
}

function isEntryPoint(): boolean {
  const invoked = process.argv[1];
  if (!invoked) return false;
  try {
    return fs.realpathSync(invoked) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runFromProcess();
