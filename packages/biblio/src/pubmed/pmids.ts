/** PMIDs as the client accepts them: digits only, each once, in the order given. */
import { PubmedError } from './errors.js';

/**
 * PMIDs checked (digits only) and de-duplicated, in first-seen order.
 * @example
 * checkPmids(['12011773', ' 7631676', '12011773']); // → ['12011773', '7631676']
 */
export function checkPmids(pmids: readonly string[]): string[] {
  if (!Array.isArray(pmids)) throw new PubmedError('invalid_argument', 'pmids must be an array of PMIDs');
  const out = new Set<string>();
  pmids.forEach((raw, i) => {
    const pmid = typeof raw === 'string' ? raw.trim() : String(raw);
    if (!/^\d{1,9}$/.test(pmid)) {
      throw new PubmedError(
        'invalid_argument',
        `pmids[${i}] must be a PMID of digits only (got ${JSON.stringify(raw)})`,
      );
    }
    out.add(pmid);
  });
  return [...out];
}
