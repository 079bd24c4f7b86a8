import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** `npm run test:faults`: the slow ones (load, crashes, a database going away), one file at a time. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/faults/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
