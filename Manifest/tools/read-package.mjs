// Loads a Teams app package from a .zip (what gets uploaded) or from a folder holding manifest.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readZip } from './zip.mjs';

/**
 * Returns { files: Map(name → bytes), layoutError } where layoutError explains a package Teams would reject
 * because of how it is laid out (manifest.json not at the zip root). Throws if the input cannot be read.
 */
export function readPackage(path) {
  if (statSync(path).isDirectory()) {
    const files = new Map();
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isFile()) files.set(name, readFileSync(full));
    }
    return { files, layoutError: null };
  }
  const files = new Map();
  let nested = null;
  for (const { name, data } of readZip(readFileSync(path))) {
    if (name.endsWith('/')) continue;
    if (name.includes('/') || name.includes('\\')) {
      if (/(^|[/\\])manifest\.json$/.test(name)) nested ??= name;
      continue;
    }
    files.set(name, data);
  }
  const layoutError = !files.has('manifest.json') && nested
    ? `manifest.json must be at the root of the zip, but it is at "${nested}": zip the files themselves, not the folder that holds them`
    : null;
  return { files, layoutError };
}
