// The --workers option of build and extract: a whole number of threads, 0 or more.
/** undefined when not given, null (after saying why on stderr) when not a whole number. */
export function parseWorkers(value: string | undefined, command: string): number | undefined | null {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (value.trim() !== "" && Number.isInteger(workers) && workers >= 0) return workers;
  process.stderr.write(`actorgraph ${command}: --workers must be a whole number, 0 or more, not "${value}"\n`);
  return null;
}
