import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { QUIET_ZONE, qrCode } from '../../src/qr/qr-code.js';
import { webVersionUrl } from '../../src/model/web-version-url.js';

/** Paint a QR path (only `M x y h w v 1 h -w z` runs) into RGBA pixels, `scale` pixels per module. */
function rasterise(modules: number, path: string, scale: number): Uint8ClampedArray {
  const side = modules * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py += 1) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px += 1) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
    }
  }
  return pixels;
}

describe('qrCode', () => {
  test('should decode back to the text it encodes', () => {
    const url = 'https://example.org/leaflets/fbss?v=1.10';
    const qr = qrCode(url);
    expect(jsQR(rasterise(qr.modules, qr.path, 4), qr.modules * 4, qr.modules * 4)?.data).toBe(url);
  });

  test('should leave a four-module quiet zone around the code', () => {
    const qr = qrCode('https://example.org/x');
    const starts = [...qr.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => [Number(x), Number(y), Number(x) + Number(w)]);
    expect(Math.min(...starts.map(([x]) => x!))).toBe(QUIET_ZONE);
    expect(Math.max(...starts.map(([, , end]) => end!))).toBe(qr.modules - QUIET_ZONE);
  });

  test('should draw each horizontal run of dark modules as one rectangle', () => {
    const qr = qrCode('https://example.org/x');
    // The finder patterns' top rows are runs of seven.
    expect(qr.path).toContain(`M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`);
  });
});

describe('webVersionUrl', () => {
  test('should add the version as v', () => {
    expect(webVersionUrl('https://example.org/fbss', 'fbss', '1.10')).toBe('https://example.org/fbss?v=1.10');
  });

  test('should keep a query the address already has', () => {
    expect(webVersionUrl('https://example.org/leaflet?id=7', 'fbss', '2')).toBe('https://example.org/leaflet?id=7&v=2');
  });

  test('should put the slug in a brand address with {slug}', () => {
    expect(webVersionUrl('https://example.org/leaflets/{slug}', 'lumbar-fusion', undefined)).toBe('https://example.org/leaflets/lumbar-fusion');
  });

  test('should give no address without a web_url', () => {
    expect(webVersionUrl(undefined, 'fbss', '1.0')).toBeNull();
  });
});
