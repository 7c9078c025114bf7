// The reading thread of readInBackground: reads and hashes the corpus (readHashed) and sends the
// results in batches, waiting whenever BATCHES_AHEAD of them are not yet taken.
import { parentPort, workerData } from "node:worker_threads";
import { BATCHES_AHEAD, readHashed, type HashedRead, type ReaderMessage } from "./read-in-background.js";

/** A batch closes at this many documents or this much text, whichever comes first: few messages, little held. */
const BATCH_DOCUMENTS = 64;
const BATCH_TEXT = 1 << 20;

let untaken = 0;
let taken = () => {};
parentPort?.on("message", () => {
  untaken--;
  taken();
});

const send = async (message: ReaderMessage) => {
  while (untaken >= BATCHES_AHEAD) await new Promise<void>((resolve) => (taken = resolve));
  untaken++;
  parentPort?.postMessage(message);
};

let batch: HashedRead[] = [];
let text = 0;
for await (const result of readHashed(workerData.inputs as string[])) {
  batch.push(result);
  text += result.ok ? result.document.text.length : 0;
  if (batch.length >= BATCH_DOCUMENTS || text >= BATCH_TEXT) {
    await send({ batch });
    batch = [];
    text = 0;
  }
}
if (batch.length > 0) await send({ batch });
parentPort?.postMessage({ done: true } satisfies ReaderMessage);
