// One subcommand of the actorgraph CLI.
export interface Command {
  /** Its line(s) in the top-level usage, indented two spaces. */
  summary: string;
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}
