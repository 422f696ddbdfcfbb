import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFontFiles, svgToPng } from '../src/png.js';
import { FONT_FAMILY } from '../src/svg.js';
import { bcgForest } from './fixtures/examples.js';

/** Why the PNG tests cannot run here, or null when they can. */
async function unavailable(): Promise<string | null> {
  try {
    await import('@resvg/resvg-js');
    return null;
  } catch (e) {
    return `@resvg/resvg-js cannot load here: ${String(e)}`;
  }
}

const reason = await unavailable();

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('svgToPng renders a figure to a PNG of the scaled size', { skip: reason ?? false }, async () => {
  const svg = bcgForest('en');
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const png = await svgToPng(svg, { scale: 2 });
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual(pngSize(png), { width: 2 * w, height: 2 * h });
  assert.ok(png.length > 10_000);
});

test('svgToPng gives the same bytes twice', { skip: reason ?? false }, async () => {
  const svg = bcgForest('da');
  assert.deepEqual(await svgToPng(svg, { scale: 1 }), await svgToPng(svg, { scale: 1 }));
});

test('the packaged font is found, and text is drawn with it', { skip: reason ?? false }, async () => {
  const fonts = findFontFiles();
  assert.equal(fonts?.family, 'Arimo');
  assert.equal(fonts?.files.length, 3);
  const text = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="20" font-family="${FONT_FAMILY}" font-size="16">${body}</text></svg>`;
  // Text is drawn: the image is not the empty one.
  const empty = await svgToPng(text(''), { scale: 1 });
  assert.notDeepEqual(await svgToPng(text('Mg æøå'), { scale: 1 }), empty);
  assert.deepEqual(await svgToPng(text('Mg æøå'), { scale: 1, fontFiles: [] }).catch((e) => e.code), 'font_not_found');
});

test('svgToPng checks its options', async () => {
  await assert.rejects(svgToPng('<svg/>', { scale: 0 }), /scale must be greater than 0/);
  await assert.rejects(
    svgToPng('<svg/>', { fontFiles: ['/nonexistent.ttf'] }),
    /font file not found: \/nonexistent\.ttf/,
  );
});
