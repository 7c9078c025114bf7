// Runs an asynchronous step over a stream with a bounded number of items in flight, and yields
// the results in the order the items came: parallel work, sequential output, bounded memory.
export async function* mapInOrder<Item, Result>(
  items: AsyncIterable<Item>,
  step: (item: Item) => Promise<Result>,
  inFlight: number,
): AsyncGenerator<Result> {
  const queue: Promise<Result>[] = [];
  for await (const item of items) {
    const result = step(item);
    // Marked handled now: a rejection is raised when its turn comes, not as an unhandled one.
    result.catch(() => {});
    queue.push(result);
    const due = queue.length >= inFlight ? queue.shift() : undefined;
    if (due !== undefined) yield await due;
  }
  for (const rest of queue) yield await rest;
}
