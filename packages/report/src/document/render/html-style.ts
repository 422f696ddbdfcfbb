/**
 * The report's stylesheet, embedded in the HTML so the file stands alone: a readable column on screen, A4 pages in
 * print with figures and table rows kept whole, and fonts that are on every machine.
 */
export const HTML_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f4f2; color: #1d1d1b; font: 15px/1.5 "Liberation Serif", Georgia, "Times New Roman", serif; }
main { max-width: 1000px; margin: 0 auto; padding: 40px 48px 64px; background: #ffffff; }
h1, h2, h3, caption, figcaption, table, nav, .byline, .date { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 8px; }
h2 { font-size: 21px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1d1d1b; }
h3 { font-size: 16px; margin: 24px 0 6px; }
p { margin: 0 0 10px; }
ul, ol { margin: 0 0 12px; padding-left: 24px; }
li { margin-bottom: 4px; }
code { font-family: "Liberation Mono", Consolas, monospace; font-size: 13px; background: #f0f0ec; padding: 0 3px; }
.byline { font-size: 15px; margin: 0; }
.date { font-size: 13px; color: #555555; margin: 4px 0 0; }
nav { margin: 20px 0 0; font-size: 13px; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 4px 0 0; }
nav a { color: #1d1d1b; }
figure { margin: 18px 0 22px; break-inside: avoid; page-break-inside: avoid; }
figure .svg { overflow-x: auto; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption, caption { font-size: 13px; text-align: left; margin: 6px 0; }
figcaption b, caption b { font-weight: bold; }
.table { overflow-x: auto; margin: 12px 0 20px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; line-height: 1.35; }
caption { caption-side: top; }
th, td { border-top: 1px solid #c8c8c2; padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { border-top: 0; border-bottom: 1.5px solid #1d1d1b; background: #f0f0ec; }
td.num { text-align: right; white-space: nowrap; }
tr.group td { background: #f7f7f4; font-weight: bold; }
tbody tr:last-child td { border-bottom: 1.5px solid #1d1d1b; }
tr { break-inside: avoid; page-break-inside: avoid; }
.notes { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 12px; margin: 6px 0 0; }
.notes p { margin: 0 0 3px; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { background: #ffffff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  table { font-size: 8pt; line-height: 1.25; }
  th, td { padding: 2px 4px; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  p:has(+ figure), p:has(+ .table) { break-after: avoid; page-break-after: avoid; }
  .table, figure .svg { overflow: visible; }
}
`;
