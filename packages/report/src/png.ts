/**
 * SVG → PNG through resvg (a Rust SVG renderer shipped as prebuilt binaries inside its npm packages), with system
 * fonts off and one font family loaded from files, so that the same SVG gives the same PNG on every machine that has
 * those files. Kept out of the package's main entry: it needs Node and a native module, the figures do not.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ReportError } from './errors.js';

/** Folders searched for Liberation Sans when no font files are given (Debian's fonts-liberation2 and fonts-liberation). */
export const FONT_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'];
const FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf'];

export interface PngOptions {
  /** Pixels per SVG unit (default 2). */
  scale?: number;
  /** Font files to load instead of Liberation Sans from the system folders. */
  fontFiles?: readonly string[];
}

/**
 * The Liberation Sans files found in {@link FONT_DIRS} (or the folder in the EVIDENS_FONT_DIR environment variable),
 * or null when there are none.
 */
export function findFontFiles(): string[] | null {
  const dirs = process.env.EVIDENS_FONT_DIR ? [process.env.EVIDENS_FONT_DIR, ...FONT_DIRS] : FONT_DIRS;
  for (const dir of dirs) {
    const files = FONT_FILES.map((f) => join(dir, f)).filter((f) => existsSync(f));
    if (files.length > 0) return files;
  }
  return null;
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
  const fontFiles = options.fontFiles ? [...options.fontFiles] : findFontFiles();
  if (!fontFiles || fontFiles.length === 0) {
    throw new ReportError(
      'font_not_found',
      `no Liberation Sans font files in ${FONT_DIRS.join(' or ')}; install Debian's fonts-liberation2 or pass fontFiles`,
      'fontFiles',
    );
  }
  for (const f of fontFiles) {
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
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
