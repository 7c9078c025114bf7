// A file written as a stream of text pieces, encoded straight into a small ring of shared buffers.
// This thread fills one buffer while a writer thread hands the full ones to the kernel, whose
// copying is about a quarter of writing a large build's 800 MB of graph files: it then runs on the
// other core instead of holding up the encoding. Synchronous for the caller, so generators of
// pieces need no promises: buffers change hands through Atomics, not messages. A file that fits in
// one buffer is written in this thread when closed, and starts no writer.
import { closeSync, lstatSync, openSync, renameSync, unlink, writeSync } from "node:fs";
import { Worker } from "node:worker_threads";

export interface ChunkedFile {
  /** Writes text as UTF-8, or bytes as they are (writeBytes). */
  write(chunk: string | Uint8Array): void;
  /** Writes bytes as they are: text that is already UTF-8 (a cached record) needs no decoding and encoding again. */
  writeBytes(bytes: Uint8Array): void;
  /** Writes what is buffered, waits for the writer thread to finish, and closes the file (only closes it after a failed write; nothing the second time). */
  close(): void;
}

/** About a megabyte per buffer: large enough that the pieces' count does not matter, small enough to stay out of the way. */
const SLOT_SIZE = 1 << 20;
/** Buffers in the ring: one being filled, the others waiting for or in the kernel. */
const SLOTS = 4;
/** The most bytes one UTF-16 code unit takes in UTF-8 (a surrogate pair's 4 bytes are 2 units). */
const MAX_UTF8_PER_UNIT = 3;
/** Room for the writer thread's error message, in bytes. */
const ERROR_BYTES = 1024;

// A slot's state, in control[2 * slot]; its length in bytes is in control[2 * slot + 1].
const EMPTY = 0;
const FULL = 1;
const STOP = 2;
const FAILED = 3;

// Plain JavaScript, run with eval so it needs no file of its own next to the compiled or the
// TypeScript source. It takes slots in ring order, as they are filled.
const WRITER = `
const { workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const { fd, data, control, errors, slots, slotSize } = workerData;
const state = new Int32Array(control);
for (let slot = 0; ; slot = (slot + 1) % slots) {
  while (Atomics.load(state, 2 * slot) === ${EMPTY}) Atomics.wait(state, 2 * slot, ${EMPTY});
  if (Atomics.load(state, 2 * slot) === ${STOP}) break;
  const length = state[2 * slot + 1];
  let next = ${EMPTY};
  try {
    const bytes = Buffer.from(data, slot * slotSize, length);
    for (let done = 0; done < length; ) done += writeSync(fd, bytes, done, length - done);
  } catch (error) {
    new Uint8Array(errors).set(Buffer.from(String(error && error.message || error)).subarray(0, ${ERROR_BYTES}));
    next = ${FAILED};
  }
  Atomics.store(state, 2 * slot, next);
  Atomics.notify(state, 2 * slot);
  if (next === ${FAILED}) break;
}
`;

export function openChunkedFile(file: string): ChunkedFile {
  const fd = openReplacing(file);
  const data = new SharedArrayBuffer(SLOT_SIZE * SLOTS);
  const control = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 2 * SLOTS);
  const errors = new SharedArrayBuffer(ERROR_BYTES);
  const state = new Int32Array(control);
  const slotBuffers = Array.from({ length: SLOTS }, (_, slot) => Buffer.from(data, slot * SLOT_SIZE, SLOT_SIZE));
  let writer: Worker | undefined;
  let slot = 0;
  let used = 0;
  /** Set once the writer thread failed: it has stopped, and nothing more is waited for. */
  let failure: Error | undefined;
  let closed = false;

  /** Waits until the writer thread is done with `index`; its error, if it had one, is this file's. */
  const awaitSlot = (index: number) => {
    while (Atomics.load(state, 2 * index) === FULL) Atomics.wait(state, 2 * index, FULL);
    if (Atomics.load(state, 2 * index) === FAILED) {
      const message = Buffer.from(errors).toString("utf8").replace(/\0+$/, "");
      failure = new Error(`${file}: cannot write: ${message}`);
      throw failure;
    }
  };
  const handOver = (next: number) => {
    writer ??= startWriter(fd, data, control, errors);
    state[2 * slot + 1] = used;
    Atomics.store(state, 2 * slot, next);
    Atomics.notify(state, 2 * slot);
  };
  const flush = () => {
    handOver(FULL);
    slot = (slot + 1) % SLOTS;
    used = 0;
    awaitSlot(slot);
  };
  /** Waits for every slot handed over, oldest first: a failed one is found before any after it, which the writer never takes. */
  const drain = () => {
    for (let age = 1; age <= SLOTS; age++) awaitSlot((slot + age) % SLOTS);
  };
  /** Writes in this thread, after the writer's slots: a failure names the file, as the writer's does. */
  const writeHere = (bytes: Uint8Array, length = bytes.length) => {
    try {
      for (let done = 0; done < length; ) done += writeSync(fd, bytes, done, length - done);
    } catch (error) {
      failure = new Error(`${file}: cannot write: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      throw failure;
    }
  };

  const writeText = (text: string) => {
    if (used + text.length * MAX_UTF8_PER_UNIT > SLOT_SIZE) flush();
    if (text.length * MAX_UTF8_PER_UNIT > SLOT_SIZE) {
      // Larger than a buffer: the buffers before it must be in the file first.
      drain();
      writeHere(Buffer.from(text));
    } else used += slotBuffers[slot]?.write(text, used, "utf8") ?? 0;
  };
  const writeBytes = (bytes: Uint8Array) => {
    if (used + bytes.length > SLOT_SIZE) flush();
    if (bytes.length > SLOT_SIZE) {
      drain();
      writeHere(bytes);
    } else {
      slotBuffers[slot]?.set(bytes, used);
      used += bytes.length;
    }
  };

  return {
    write: (chunk) => (typeof chunk === "string" ? writeText(chunk) : writeBytes(chunk)),
    writeBytes,
    close() {
      if (closed) return;
      closed = true;
      try {
        if (failure !== undefined) return;
        if (writer === undefined) writeHere(slotBuffers[slot] ?? Buffer.alloc(0), used);
        else {
          flush();
          drain();
          // The slot after the last one filled is the one the writer waits on next.
          handOver(STOP);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

/**
 * Opens `file` empty. A regular file there already (the last build's) is moved aside and deleted
 * on libuv's threads: truncating it in place made this thread wait while the file system freed
 * (and, mounted with `discard`, trimmed) its blocks, 0.7 s for the 10,000-document build's files.
 * Anything else, a device such as /dev/null or a link, is opened as it is.
 */
function openReplacing(file: string): number {
  const existing = lstatSync(file, { throwIfNoEntry: false });
  if (existing?.isFile() && existing.nlink === 1) {
    const aside = `${file}.${process.pid}.old`;
    try {
      renameSync(file, aside);
      unlink(aside, () => {});
    } catch {
      // Not movable (a read-only folder, say): opening it in place says what is wrong, if anything.
    }
  }
  return openSync(file, "w");
}

function startWriter(fd: number, data: SharedArrayBuffer, control: SharedArrayBuffer, errors: SharedArrayBuffer): Worker {
  const worker = new Worker(WRITER, { eval: true, workerData: { fd, data, control, errors, slots: SLOTS, slotSize: SLOT_SIZE } });
  // It ends on STOP; nothing it does should keep the process alive or go unreported.
  worker.unref();
  return worker;
}
