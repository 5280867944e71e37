// The icons: present under the exact names the manifest gives, PNG, the right size, and the outline icon
// white on transparent (Teams tints it, so any other colour shows up wrong).
import { decodePng } from './png.mjs';

const SIZES = { color: 192, outline: 32, color32x32: 32 };

export function checkIcons(manifest, files, problems) {
  const icons = manifest.icons;
  if (!icons || typeof icons !== 'object') return; // the schema reports the missing field
  for (const [kind, size] of Object.entries(SIZES)) {
    const name = icons[kind];
    if (typeof name !== 'string') continue;
    const field = `icons.${kind}`;
    const bytes = files.get(name);
    if (!bytes) {
      problems.error('manifest.json', field, `"${name}" is not in the package (names must match exactly, including case)`);
      continue;
    }
    let png;
    try {
      png = decodePng(bytes);
    } catch (error) {
      problems.error(name, field, `the ${kind} icon must be a PNG image: ${error.message}`);
      continue;
    }
    if (png.width !== size || png.height !== size) {
      problems.error(name, field, `the ${kind} icon must be ${size}×${size} pixels; it is ${png.width}×${png.height}`);
    }
    if (kind === 'outline') checkOutlineColours(name, field, png, problems);
  }
}

function checkOutlineColours(name, field, png, problems) {
  if (!png.rgba) {
    problems.warning(name, field, `could not check that the outline icon is white on transparent (${png.unsupported}); save it as an 8-bit RGBA PNG`);
    return;
  }
  let wrong = 0;
  let first = null;
  for (let i = 0; i < png.rgba.length; i += 4) {
    const [r, g, b, a] = png.rgba.subarray(i, i + 4);
    if (a === 0 || (r === 255 && g === 255 && b === 255)) continue;
    wrong++;
    if (!first) {
      const hex = [r, g, b].map(v => v.toString(16).padStart(2, '0')).join('').toUpperCase();
      first = `(${(i / 4) % png.width}, ${Math.floor(i / 4 / png.width)}) is #${hex} with alpha ${a}`;
    }
  }
  if (wrong > 0) {
    problems.error(name, field, `the outline icon must be white on a transparent background; ${wrong} pixel(s) are neither, the first at ${first}`);
  }
}
