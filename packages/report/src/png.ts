/**
 * SVG → PNG through resvg (a Rust SVG renderer shipped as prebuilt binaries inside its npm packages), with system
 * fonts off and one font family loaded from files, so that the same SVG gives the same PNG on every machine. The
 * family is Arimo, from its npm package: the typeface Liberation Sans 2 is made from, with Arial's metrics, which the
 * figures' layout measures text by. Kept out of the package's main entry: it needs Node and a native module, the
 * figures do not.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ReportError } from './errors.js';

/** Liberation Sans in a folder named by EVIDENS_FONT_DIR, for those who want the system's copy. */
const LIBERATION_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf'];
const ARIMO_FILES = [
  '400Regular/Arimo_400Regular.ttf',
  '700Bold/Arimo_700Bold.ttf',
  '400Regular_Italic/Arimo_400Regular_Italic.ttf',
];

export interface PngOptions {
  /** Pixels per SVG unit (default 2). */
  scale?: number;
  /** Font files to load instead of Arimo; the figures name Liberation Sans, so give that family. */
  fontFiles?: readonly string[];
}

/** Font files and the family they hold. */
export interface FontSet {
  files: string[];
  family: string;
}

/**
 * The fonts figures are rendered with: Liberation Sans from the folder in the EVIDENS_FONT_DIR environment variable
 * when it has them, else Arimo from its npm package; null when neither is there (a broken installation).
 */
export function findFontFiles(): FontSet | null {
  const dir = process.env.EVIDENS_FONT_DIR;
  if (dir) {
    const files = LIBERATION_FILES.map((f) => join(dir, f)).filter((f) => existsSync(f));
    if (files.length > 0) return { files, family: 'Liberation Sans' };
  }
  try {
    const require = createRequire(import.meta.url);
    const files = ARIMO_FILES.map((f) => require.resolve(`@expo-google-fonts/arimo/${f}`));
    return { files, family: 'Arimo' };
  } catch {
    return null;
  }
}

/**
 * Renders an SVG string to PNG bytes.
 * @example
 * const png = await svgToPng(forestPlot(input), { scale: 2 });
 * png.subarray(0, 4); // → 89 50 4e 47 ("\x89PNG")
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 16)) {
    throw new ReportError('invalid_argument', `scale must be greater than 0 and at most 16 (got ${scale})`, 'scale');
  }
  const fonts = options.fontFiles ? { files: [...options.fontFiles], family: 'Liberation Sans' } : findFontFiles();
  if (!fonts || fonts.files.length === 0) {
    throw new ReportError(
      'font_not_found',
      'the Arimo font files of @expo-google-fonts/arimo are missing; run npm ci, or pass fontFiles',
      'fontFiles',
    );
  }
  for (const f of fonts.files) {
    if (!existsSync(f)) throw new ReportError('font_not_found', `font file not found: ${f}`, 'fontFiles');
  }
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch (e) {
    throw new ReportError('renderer_unavailable', `the PNG renderer @resvg/resvg-js could not be loaded: ${String(e)}`);
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    // The figures' font stack ends in sans-serif, which finds the family loaded whatever its name.
    font: {
      loadSystemFonts: false,
      fontFiles: fonts.files,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
