// One subcommand of the actorgraph CLI.
export interface Command {
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}
