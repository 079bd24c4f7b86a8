import { existsSync } from "node:fs";

/**
 * Files Lofte reads while it runs (its migrations, the playground's page, Slack's sample
 * answers), by their place in the repository, wherever the running code is: src/ through tsx,
 * or a bundle in dist/. The root is the nearest folder above with a package.json.
 */
function findRoot(): URL {
  let folder = new URL("./", import.meta.url);
  while (!existsSync(new URL("package.json", folder))) {
    const parent = new URL("../", folder);
    if (parent.href === folder.href) throw new Error("Lofte's package.json was not found above its code.");
    folder = parent;
  }
  return folder;
}

const ROOT = findRoot();

/** `path` (relative to the repository's root) as a file URL. */
export function fromRoot(path: string): URL {
  return new URL(path, ROOT);
}
