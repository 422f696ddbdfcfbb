/**
 * ISSNs from the fields exports put them in: one or several per value, separated by spaces, commas or semicolons,
 * with or without the hyphen, often followed by a note ("0306-4530 (ISSN)", "1467-5463 (Print)"). Values that are not
 * ISSN-shaped (ISBNs, local numbers) are not ISSNs and are left to the raw fields.
 */

/**
 * The distinct ISSNs in `values`, as "NNNN-NNNC" with an upper-case check character, in order of appearance.
 * @example
 * issnsOf(['03064530 (ISSN)', '1895-5770 1895-5770', '1941014x']); // → ['0306-4530', '1895-5770', '1941-014X']
 */
export function issnsOf(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    ISSN_TOKEN.lastIndex = 0;
    for (let m = ISSN_TOKEN.exec(value); m !== null; m = ISSN_TOKEN.exec(value)) {
      const issn = `${m[1]}-${m[2].toUpperCase()}`;
      if (!out.includes(issn)) out.push(issn);
    }
  }
  return out;
}

/**
 * A token (a run of characters between spaces, commas and semicolons) that is ISSN-shaped as a whole. The same as
 * splitting on `[\s,;]+` and matching each token, without making the tokens.
 */
const ISSN_TOKEN = /(?<![^\s,;])(\d{4})-?(\d{3}[\dXx])(?![^\s,;])/g;
