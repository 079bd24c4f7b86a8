import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { fromRoot } from "./paths.js";

/**
 * The production build (`npm run build`, run by `npm ci`): esbuild bundles src/ and the
 * libraries it uses into dist/, which `npm start` runs (`npm run dev` and the tests run the
 * TypeScript through tsx instead). Node then loads a few files instead of some 900 modules,
 * which takes about 0.4 s off the start (`npm run bench -- --only=start`).
 *
 * - Two entries: main.js, and store/pglite-worker.js, the embedded database's thread. The
 *   bench bundles the modules it times the same way (test/bench/build.ts).
 * - Libraries that find their own files next to them at run time stay outside the bundle:
 *   PGlite (its WebAssembly and data files) and Prisma's client (its query compiler), with the
 *   database adapters and pg, which import them or need no bundling.
 * - Comments go, and every character beyond Latin-1 (a "’" in a pattern, a "—" in a library's
 *   text) is written as an escape: V8 keeps a bundle of only Latin-1 as one byte a character,
 *   otherwise as two: measured 2–6 MB more resident memory for as long as Lofte runs.
 */

const ROOT = fileURLToPath(fromRoot(""));

/**
 * Bolt's index loads every receiver as it loads, and its App the HTTP and Socket Mode ones:
 * Socket Mode's (with undici, its HTTP client), Express's (with express and body-parser) and
 * AWS Lambda's. Lofte runs one receiver, HTTP or Socket Mode. In the bundle those three are
 * stand-ins that load the real receiver when one is first made (or checked with instanceof):
 * their code is in the bundle, but a start in HTTP mode never runs it. (A class extending one
 * of them would not work in the bundle; Lofte has none.) Should a new Bolt move them, the
 * build fails instead of quietly loading them again.
 */
const boltReceiversOnDemand: Plugin = {
  name: "bolt-receivers-on-demand",
  setup(build) {
    const receivers = /^\.\/receivers\/(SocketModeReceiver|ExpressReceiver|AwsLambdaReceiver)$/;
    const boltDist = join("node_modules", "@slack", "bolt", "dist");
    const standIns = new Set<string>();
    build.onResolve({ filter: receivers }, (args) =>
      args.importer.includes(boltDist)
        ? { path: relative(ROOT, join(args.resolveDir, `${args.path}.js`)), namespace: "on-demand" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "on-demand" }, (args) => {
      standIns.add(args.path);
      // The receivers are TypeScript's CommonJS: Bolt takes `.default` of what it requires.
      const real = `require(${JSON.stringify(`./${args.path}`)}).default`;
      return {
        contents: `module.exports = { __esModule: true, default: class {
          constructor(...options) { return new (${real})(...options); }
          static [Symbol.hasInstance](value) { return value instanceof ${real}; }
        } };`,
        loader: "js",
        resolveDir: ROOT,
      };
    });
    build.onEnd((result) => {
      const bundlesBolt = Object.keys(result.metafile?.inputs ?? {}).some((input) => input.includes(boltDist));
      if (bundlesBolt && standIns.size < 3) {
        throw new Error(`Bolt's receivers are no longer where boltReceiversOnDemand looks (found: ${[...standIns].join(", ") || "none"}).`);
      }
    });
  },
};

/**
 * Bundles `entries` (paths under src/) into `outdir`, each entry keeping its place under src/;
 * both paths from the repository's root.
 */
export async function bundle(entries: string[], outdir: string): Promise<void> {
  const { build } = await import("esbuild");
  const out = join(ROOT, outdir);
  rmSync(out, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outbase: "src",
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minifyWhitespace: true,
    keepNames: true,
    logLevel: "warning",
    plugins: [boltReceiversOnDemand],
    metafile: true,
    external: ["@electric-sql/pglite", "@prisma/client", "@prisma/adapter-pg", "pglite-prisma-adapter", "pg"],
    // Bundled CommonJS libraries call require() for Node's own modules.
    banner: { js: "import { createRequire as lofteRequire } from 'node:module'; const require = lofteRequire(import.meta.url);" },
  });
  for (const file of readdirSync(out, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".js"))) {
    const path = join(out, file);
    const code = readFileSync(path, "utf8").replace(/(\\?)([\u0100-\uffff])/g, (_, backslash: string, c: string) => {
      // An escaped character ("\\’" in a pattern) would change meaning: it has to be written differently.
      if (backslash) throw new Error(`${file}: "\\${c}" cannot be escaped safely; write it as \\u${c.charCodeAt(0).toString(16)}.`);
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
    writeFileSync(path, code);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // dist/main.js, and dist/pglite-worker.js beside it: the embedded database's thread.
  await bundle(["src/main.ts", "src/store/pglite-worker.ts"], "dist");
}
