/**
 * Stands in for csv-parse/sync in the browser bundle. @evidens/review's index also exports the folder readers, and
 * csv-parse's module runs Node's Buffer at load time, which breaks the page. The page never reads a CSV file (the
 * server does), so this stub keeps the bundle loadable and fails loudly if that ever changes.
 */
export function parse(): never {
  throw new Error('CSV files are read on the server, not in the page');
}
