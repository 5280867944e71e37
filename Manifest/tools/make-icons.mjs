// Draws the app's two icons and writes them next to manifest.json:
//   color.png   192×192, a gold faceted star inside a white ring on a red field (the accent colour);
//   outline.png  32×32, the same star and ring in white on a transparent background.
// Run: node Manifest/tools/make-icons.mjs           (Node built-ins only)
//      node Manifest/tools/make-icons.mjs --check   exits 1 unless the committed icons have exactly the pixels
//                                                   this script draws (pixels, not bytes: zlib versions differ)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, encodePng } from './png.mjs';

const manifestDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = 4; // 4×4 samples per pixel for smooth edges

/** Renders scene(x, y) → [r, g, b, a] (a in 0..1) at size × size, averaging SAMPLES² points per pixel. */
function render(size, scene) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [cr, cg, cb, ca] = scene(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / SAMPLES ** 2) * 255)], o);
    }
  }
  return rgba;
}

/** A five-pointed star: the vertex list, and which of its ten facets (0..9) a point falls in, or -1 outside. */
function star(cx, cy, outer, inner) {
  const vertices = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? outer : inner;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
  return (x, y) => {
    if (!insidePolygon(vertices, x, y)) return -1;
    const turn = (Math.atan2(y - cy, x - cx) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    return Math.floor(turn / (Math.PI / 5)) % 10;
  };
}

function insidePolygon(vertices, x, y) {
  let inside = false;
  for (let i = 0, j = vertices.length - 1; i < vertices.length; j = i++) {
    const [xi, yi] = vertices[i];
    const [xj, yj] = vertices[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const ring = (cx, cy, outer, width) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= outer && d >= outer - width;
};

// The star's points reach 0.81·R below its centre but R above it: shift it down to centre it optically.
const centredStar = (size, outer, inner) => star(size / 2, size / 2 + outer * 0.095, outer, inner);

function colorIcon() {
  const size = 192;
  const facet = centredStar(size, 54, 22);
  const halo = ring(96, 96, 76, 7);
  return render(size, (x, y) => {
    const f = facet(x, y);
    if (f >= 0) return f % 2 === 0 ? [255, 213, 79, 1] : [255, 179, 0, 1]; // lit and shaded facets
    if (halo(x, y)) return [255, 255, 255, 1];
    const t = y / size; // red field, slightly lighter at the top
    return [Math.round(214 - 31 * t), Math.round(48 - 20 * t), Math.round(49 - 21 * t), 1];
  });
}

function outlineIcon() {
  const size = 32;
  const shape = centredStar(size, 9.5, 3.9);
  const halo = ring(16, 16, 15, 2);
  return render(size, (x, y) => (shape(x, y) >= 0 || halo(x, y) ? [255, 255, 255, 1] : [255, 255, 255, 0]));
}

const icons = [['color.png', 192, colorIcon()], ['outline.png', 32, outlineIcon()]];
if (process.argv[2] === '--check') {
  let same = true;
  for (const [name, size, pixels] of icons) {
    const committed = decodePng(readFileSync(join(manifestDir, name)));
    const matches = committed.width === size && committed.height === size && Buffer.from(committed.rgba).equals(Buffer.from(pixels));
    console.log(`${name}: ${matches ? 'matches the generator' : 'DIFFERS from what the generator draws'}`);
    same &&= matches;
  }
  process.exit(same ? 0 : 1);
}
for (const [name, size, pixels] of icons) {
  writeFileSync(join(manifestDir, name), encodePng(size, size, pixels));
  console.log(`wrote ${join(manifestDir, name)}`);
}
