// Draws images/icon.png (128x128, the Marketplace icon): a blue shield with a white check mark, i.e.
// "security checks for install command lines". Plain Node (node:zlib writes the PNG), so the icon can be
// regenerated anywhere without an image tool: `node scripts/make-icon.mjs`.
// Shapes are tested per sub-pixel (4x4 samples per pixel) for smooth, anti-aliased edges.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per pixel along each axis
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');

// Shield outline as a polygon: flat top with rounded corners, straight sides, two curves meeting in a point.
function shieldOutline() {
  const pts = [];
  const quad = (p0, c, p1, n = 24) => {
    for (let i = 1; i <= n; i++) {
      const t = i / n, u = 1 - t;
      pts.push([u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]]);
    }
  };
  const L = 16, R = 112, T = 10, r = 14, mid = 64, tip = 120, side = 66;
  pts.push([L + r, T]);
  pts.push([R - r, T]);
  quad([R - r, T], [R, T], [R, T + r]); // top-right corner
  pts.push([R, side]);
  quad([R, side], [R, 96], [mid, tip]); // right flank down to the tip
  quad([mid, tip], [L, 96], [L, side]); // left flank back up
  pts.push([L, T + r]);
  quad([L, T + r], [L, T], [L + r, T]); // top-left corner
  return pts;
}

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

// Distance from a point to a segment: the check mark is a thick polyline with round caps and joint.
function segDist(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const shield = shieldOutline();
const check = [[40, 64], [57, 81], [89, 45]];
const CHECK_HALF_WIDTH = 8;
const TOP = [56, 140, 240], BOTTOM = [20, 84, 190]; // vertical gradient of the shield (light blue to deep blue)

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let cover = 0, white = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS, y = py + (sy + 0.5) / SS;
        if (!inside(shield, x, y)) continue;
        cover++;
        if (Math.min(segDist(x, y, check[0], check[1]), segDist(x, y, check[1], check[2])) <= CHECK_HALF_WIDTH) white++;
      }
    }
    const n = SS * SS, o = (py * SIZE + px) * 4;
    if (!cover) continue;
    const t = py / SIZE, w = white / cover;
    for (let c = 0; c < 3; c++) rgba[o + c] = Math.round((TOP[c] * (1 - t) + BOTTOM[c] * t) * (1 - w) + 255 * w);
    rgba[o + 3] = Math.round((255 * cover) / n);
  }
}

// PNG: signature, IHDR (8-bit RGBA), one IDAT (each row prefixed by filter type 0), IEND.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4), crc = Buffer.alloc(4), body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  len.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // colour type RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, png);
console.log(`wrote ${path.relative(process.cwd(), OUT)} (${SIZE}x${SIZE}, ${png.length} bytes)`);
