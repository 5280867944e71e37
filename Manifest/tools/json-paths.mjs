// Manifest field paths in the form localization files use as keys: "bots[0].commandLists[1].commands[0].title".

/** Turns an ajv instancePath ("/bots/0/commandLists/1") into a field path ("bots[0].commandLists[1]"). */
export function fromPointer(pointer) {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(part) ? `[${part}]` : (path ? '.' : '') + part;
  }
  return path;
}

/** Splits "bots[0].commandLists[1].title" into ["bots", 0, "commandLists", 1, "title"]; null if malformed. */
export function parseKey(key) {
  const parts = [];
  for (const segment of key.split('.')) {
    const match = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/.exec(segment);
    if (!match) return null;
    parts.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

/** The value at a parsed path, or undefined when any step is missing. */
export function valueAt(root, parts) {
  let node = root;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    if (typeof part === 'number' ? !Array.isArray(node) : Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}

/** Every string in a JSON value, with its field path. */
export function* strings(value, path = '') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* strings(child, path ? `${path}.${key}` : key);
  }
}
