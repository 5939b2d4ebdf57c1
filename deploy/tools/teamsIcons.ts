import { encodePng, type Image } from './png';

/**
 * The Teams app icons, drawn in code (no downloads, no design tool): two interlocking chain links, for
 * "link your accounts". Teams asks for a 192x192 full-colour icon (symbol inside the central 120x120 safe area
 * on a solid background) and a 32x32 outline icon (white on transparent).
 */
type Rgb = readonly [number, number, number];
interface Link { readonly ax: number; readonly ay: number; readonly bx: number; readonly by: number }

export const ACCENT: Rgb = [0x0b, 0x47, 0x78];
const WHITE: Rgb = [0xff, 0xff, 0xff];
/** Two stadium-shaped links along the rising diagonal, in unit coordinates (0..1), overlapping in the middle. */
const LINKS: readonly Link[] = [
  { ax: 0.27, ay: 0.73, bx: 0.45, by: 0.55 },
  { ax: 0.55, ay: 0.45, bx: 0.73, by: 0.27 },
];
const RADIUS = 0.15;

export function colorIcon(): Buffer {
  // Symbol scaled into the 120/192 safe area, centred.
  return encodePng(draw(192, { background: ACCENT, scale: 120 / 192, stroke: 0.075 }));
}

export function outlineIcon(): Buffer {
  return encodePng(draw(32, { scale: 1, stroke: 0.1 }));
}

function draw(size: number, options: { background?: Rgb; scale: number; stroke: number }): Image {
  const rgba = new Uint8Array(size * size * 4);
  const pixel = 1 / (size * options.scale);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const ux = ((x + 0.5) / size - 0.5) / options.scale + 0.5;
      const uy = ((y + 0.5) / size - 0.5) / options.scale + 0.5;
      const ink = Math.max(...LINKS.map((link) => coverage(ringDistance(link, ux, uy, options.stroke), pixel)));
      const at = (y * size + x) * 4;
      if (options.background) {
        const [r, g, b] = options.background;
        rgba.set([mix(r, WHITE[0], ink), mix(g, WHITE[1], ink), mix(b, WHITE[2], ink), 255], at);
      } else {
        rgba.set([255, 255, 255, Math.round(ink * 255)], at);
      }
    }
  }
  return { width: size, height: size, rgba };
}

/** Signed distance from the point to the ring (stroke) of a stadium: negative inside the stroke. */
function ringDistance(link: Link, x: number, y: number, stroke: number): number {
  const dx = link.bx - link.ax;
  const dy = link.by - link.ay;
  const t = Math.max(0, Math.min(1, ((x - link.ax) * dx + (y - link.ay) * dy) / (dx * dx + dy * dy)));
  const distance = Math.hypot(x - (link.ax + t * dx), y - (link.ay + t * dy));
  return Math.abs(distance - RADIUS) - stroke / 2;
}

/** Anti-aliased coverage of a pixel from a signed distance (one pixel of soft edge). */
function coverage(distance: number, pixel: number): number {
  return Math.max(0, Math.min(1, 0.5 - distance / pixel));
}

function mix(from: number, to: number, amount: number): number {
  return Math.round(from + (to - from) * amount);
}
