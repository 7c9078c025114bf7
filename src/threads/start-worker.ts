// Starts a worker thread from a module of this package, compiled or not: from the .js next to the
// caller, or, when the caller is the TypeScript source (tests, tsx), from the .ts with tsx
// registered first, as loaders do not carry over into workers.
import { Worker } from "node:worker_threads";

/** `module` is the worker's file name without extension, in the folder of `callerUrl` (the caller's import.meta.url). */
export function startWorker(callerUrl: string, module: string, workerData: unknown): Worker {
  const extension = callerUrl.endsWith(".ts") ? "ts" : "js";
  const script = new URL(`./${module}.${extension}`, callerUrl);
  if (extension === "js") return new Worker(script, { workerData });
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(script.href)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
