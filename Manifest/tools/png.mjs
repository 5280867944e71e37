// Just enough PNG for the app icons: write 8-bit RGBA images, and read a PNG's size and (for 8-bit or
// palette images without interlacing) its pixels as RGBA.
import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from './crc32.mjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(head.subarray(4), data), 0);
  return Buffer.concat([head, data, tail]);
}

/** Encodes width × height RGBA pixels (4 bytes each, row by row) as a PNG file. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filtering, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter "none": the images are small and compress well anyway
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Reads a PNG. Returns { width, height, bitDepth, colorType, interlaced, rgba } where rgba is null (with
 * `unsupported` saying why) for 16-bit, low-bit-depth grey and interlaced images. Throws if it is not a PNG.
 */
export function decodePng(bytes) {
  const buffer = Buffer.from(bytes);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file (bad signature)');
  if (buffer.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG file (no IHDR chunk first)');
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const [bitDepth, colorType, , , interlace] = buffer.subarray(24, 29);
  const info = { width, height, bitDepth, colorType, interlaced: interlace !== 0, rgba: null, unsupported: null };
  if (!(colorType in CHANNELS)) throw new Error(`not a valid PNG file (colour type ${colorType})`);

  const idat = [];
  let palette = null;
  let transparency = null;
  for (let offset = 8; offset + 12 <= buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IDAT') idat.push(data);
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (info.interlaced) info.unsupported = 'interlaced PNG';
  else if (bitDepth === 16) info.unsupported = '16-bit PNG';
  else if (bitDepth !== 8 && colorType !== 3) info.unsupported = `${bitDepth}-bit greyscale PNG`;
  else if (colorType === 3 && !palette) throw new Error('not a valid PNG file (palette image without PLTE)');
  if (info.unsupported) return info;

  const bitsPerPixel = CHANNELS[colorType] * bitDepth;
  const rows = unfilter(inflateSync(Buffer.concat(idat)), width, height, bitsPerPixel);
  info.rgba = toRgba(rows, width, height, colorType, bitDepth, palette, transparency);
  return info;
}

function unfilter(raw, width, height, bitsPerPixel) {
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  if (raw.length < (stride + 1) * height) throw new Error('not a valid PNG file (image data too short)');
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? out[row + x - bpp] : 0;
      const up = y > 0 ? out[row - stride + x] : 0;
      const upLeft = y > 0 && x >= bpp ? out[row - stride + x - bpp] : 0;
      let predictor;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: predictor = paeth(left, up, upLeft); break;
        default: throw new Error(`not a valid PNG file (row filter ${filter})`);
      }
      out[row + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { data: out, stride };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function toRgba({ data, stride }, width, height, colorType, bitDepth, palette, transparency) {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const p = y * stride;
      let r, g, b, a = 255;
      switch (colorType) {
        case 0: r = g = b = data[p + x]; if (transparency && transparency.readUInt16BE(0) === r) a = 0; break;
        case 2:
          [r, g, b] = data.subarray(p + x * 3, p + x * 3 + 3);
          if (transparency && transparency.readUInt16BE(0) === r && transparency.readUInt16BE(2) === g && transparency.readUInt16BE(4) === b) a = 0;
          break;
        case 3: {
          const perByte = 8 / bitDepth;
          const index = (data[p + Math.floor(x / perByte)] >> ((perByte - 1 - (x % perByte)) * bitDepth)) & ((1 << bitDepth) - 1);
          [r, g, b] = palette.subarray(index * 3, index * 3 + 3);
          if (transparency && index < transparency.length) a = transparency[index];
          break;
        }
        case 4: r = g = b = data[p + x * 2]; a = data[p + x * 2 + 1]; break;
        case 6: [r, g, b, a] = data.subarray(p + x * 4, p + x * 4 + 4); break;
      }
      rgba.set([r, g, b, a], o);
    }
  }
  return rgba;
}
