import type { ParsedArgs } from './args.js';

/** What a command may touch of the outside world: given, so that tests can run it in process. */
export interface CliContext {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  /** One line for the help: how to call it. */
  usage: string;
  summary: string;
  flags: readonly string[];
  /** Options without a value (`--force`). */
  switches?: readonly string[];
  /** Resolves to the exit code; throws UsageError for a wrong call, anything else for a failure. */
  run: (args: ParsedArgs, context: CliContext) => Promise<number>;
}
