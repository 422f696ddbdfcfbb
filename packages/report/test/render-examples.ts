// Renders every example figure to PNG (and its SVG beside it) for a person to look at:
//   node --conditions=source --import tsx packages/report/test/render-examples.ts [out-dir, default /tmp/figures]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgToPng } from '../src/png.js';
import { examples } from './fixtures/examples.js';

const out = process.argv[2] ?? '/tmp/figures';
mkdirSync(out, { recursive: true });
for (const [name, svg] of Object.entries(examples())) {
  writeFileSync(join(out, `${name}.svg`), svg);
  writeFileSync(join(out, `${name}.png`), await svgToPng(svg, { scale: 2 }));
  console.log(join(out, `${name}.png`));
}
