// `vite build viewer` writes the static viewer to dist/viewer, where `actorgraph serve` finds it.
// The viewer imports the graph schema and GEXF writer from ../src: one source of truth.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset paths, so the built files work under any prefix.
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../dist/viewer", import.meta.url)),
    emptyOutDir: true,
    // sigma and graphology are one chunk the viewer always needs; splitting them buys nothing.
    chunkSizeWarningLimit: 1024,
  },
  server: { host: "127.0.0.1" },
});
