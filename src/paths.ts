/**
 * Files Lofte reads while it runs (its migrations, the playground's page, Slack's sample
 * answers), by their place in the repository. This module sits directly in src/, and the
 * build's bundle directly in dist/, so one level up is the repository's root from either.
 */
const ROOT = new URL("../", import.meta.url);

/** `path` (relative to the repository's root) as a file URL. */
export function fromRoot(path: string): URL {
  return new URL(path, ROOT);
}
