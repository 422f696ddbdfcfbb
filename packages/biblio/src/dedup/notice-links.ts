/**
 * Errata that say which article they correct, and articles that say where their erratum is. MEDLINE appends to the
 * article's title "[Erratum appears in Am J Hematol. 2010 Nov;85(11):911]"; Web of Science titles the erratum with the
 * article's title and "(vol 85, pg 553, 2010)"; Embase with "(New England Journal of Medicine (2009) 360 (542-544))".
 * When that citation points at the other record's volume and page, the erratum is no separate publication but a
 * notice attached to the article, and the two are one entry of the search results (the Rathbone et al. 2015 labels
 * group them so): the notice then counts for the pair instead of against it, and the page and issue, which differ by
 * nature, count for nothing.
 */
import { comparePages, firstPage, locator } from './locators.js';

/** Where a citation in a title points: volume, and issue and first page where it gives them. */
export interface CitedPlace {
  volume: string;
  issue?: string;
  page?: string;
}

/** A record's place as matching sees it. */
export interface Place {
  volume?: string;
  issue?: string;
  page?: string;
}

const ERRATUM_APPEARS =
  /\[\s*erratum (?:appears|appeared) in [^\];]*;\s*([^\s(:;\]]+)\s*(?:\(([^)\]]*)\))?\s*:\s*([a-z]?\d+)/i;
const WOS_CORRECTION = /\(\s*vol\.?\s*([^\s,()]+)\s*,\s*p[pg]?\.?\s*([a-z]?\d+)[^()]*\)\s*\.?\s*$/i;
const EMBASE_CORRECTION = /\(\s*(?:1[89]|20)\d\d\s*\)\s*([^\s()]+)\s*(?:\(([^()]*)\))?\s*\)\s*\.?\s*$/;

function place(
  volume: string | undefined,
  issue: string | undefined,
  pages: string | undefined,
): CitedPlace | undefined {
  const v = locator(volume);
  if (!v) return undefined;
  const out: CitedPlace = { volume: v };
  const i = locator(issue);
  if (i) out.issue = i;
  const p = firstPage(pages);
  if (p) out.page = p;
  return out;
}

/**
 * Where the erratum of an article is, from MEDLINE's note in the article's title.
 * @example
 * erratumPlace('Long-term effect … hemoglobinuria.[Erratum appears in Am J Hematol. 2010 Nov;85(11):911]');
 * // → { volume: '85', issue: '11', page: '911' }
 */
export function erratumPlace(title: string): CitedPlace | undefined {
  if (!title.includes('[')) return undefined;
  const m = ERRATUM_APPEARS.exec(title);
  return m ? place(m[1], m[2], m[3]) : undefined;
}

/**
 * Where the article an erratum corrects is, from the citation that ends the erratum's title.
 * @example
 * correctedPlace('Eculizumab for Atypical Hemolytic-Uremic Syndrome (vol 360, pg 542, 2009)');
 * // → { volume: '360', page: '542' }
 * correctedPlace('Eculizumab for … syndrome (New England Journal of Medicine (2009) 360 (542-544))');
 * // → { volume: '360', page: '542' }
 */
export function correctedPlace(title: string): CitedPlace | undefined {
  if (!title.trimEnd().endsWith(')') && !title.trimEnd().endsWith(').')) return undefined;
  const wos = WOS_CORRECTION.exec(title);
  if (wos) return place(wos[1], undefined, wos[2]);
  const embase = EMBASE_CORRECTION.exec(title);
  return embase ? place(embase[1], undefined, embase[2]) : undefined;
}

/**
 * Whether a cited place is the record's place: the same volume, and the same first page — or, when the page cannot
 * tell (missing or cut short in one export), the same issue.
 * @example
 * citesPlace({ volume: '85', issue: '11', page: '911' }, { volume: '85', issue: '11', page: '911' }); // → true
 * citesPlace({ volume: '85', page: '553' }, { volume: '85', issue: '8', page: '911' });              // → false
 */
export function citesPlace(cited: CitedPlace | undefined, record: Place): boolean {
  if (!cited || cited.volume !== record.volume) return false;
  const pages = comparePages(cited.page, record.page);
  if (pages === 'equal' || pages === 'similar') return true;
  return cited.issue !== undefined && cited.issue === record.issue;
}
