// A "${{BOT_ID}}" left in a packaged file means the package was zipped by hand instead of built by package.sh.
import { strings } from './json-paths.mjs';

export const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export function checkPlaceholders(document, file, problems) {
  for (const [path, value] of strings(document)) {
    for (const match of value.matchAll(PLACEHOLDER)) {
      problems.error(file, path, `placeholder ${match[0]} was not substituted: build the package with Manifest/package.sh and set ${match[1]}`);
    }
  }
}
