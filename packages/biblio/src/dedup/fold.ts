/**
 * Text folding for matching: the same words written in different exports fold to the same tokens. Lower case, Unicode
 * compatibility decomposition (NFKD) with the combining marks dropped (é → e), letters NFKD leaves whole spelled out
 * (ß → ss, ø → o), Greek letters named (β → beta, as many databases write them), HTML tags and entities, LaTeX
 * commands and braces removed, and every other non-alphanumeric character turned into a space.
 */

const SPELLED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  α: ' alpha ',
  β: ' beta ',
  γ: ' gamma ',
  δ: ' delta ',
  ε: ' epsilon ',
  κ: ' kappa ',
  λ: ' lambda ',
  μ: ' mu ',
  π: ' pi ',
  σ: ' sigma ',
  τ: ' tau ',
  ω: ' omega ',
};
const SPELLED_RE = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'g');

/** LaTeX commands that stand for a letter (`Gro{\\ss}e`); other commands (`\\beta`) become their name as a word. */
const LATEX_LETTERS: Record<string, string> = {
  ss: 'ss',
  ae: 'ae',
  AE: 'AE',
  oe: 'oe',
  OE: 'OE',
  aa: 'a',
  AA: 'A',
  o: 'o',
  O: 'O',
  l: 'l',
  L: 'L',
  i: 'i',
  j: 'j',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Removes markup that exports leave in titles: HTML/XML tags (`<i>`, `<sup>`), character entities (`&amp;`,
 * `&#946;`), LaTeX commands and accents (`\emph{`, `{\"o}`, `$\beta$`) and the braces BibTeX uses to protect case.
 * @example
 * stripMarkup('Effect of <i>Mg</i> on {\\"O}dema &amp; cramps'); // → 'Effect of Mg on Odema & cramps'
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\\[a-zA-Z]+\s*(?=\{)|\\["'`^~=.]\s*|\\[uvHckbdr](?=\{|\s)\s*/g, '')
    .replace(/\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![a-zA-Z])\s*/g, (_, letter: string) => LATEX_LETTERS[letter])
    .replace(/\\([a-zA-Z]+)/g, ' $1 ')
    .replace(/[{}$]/g, '');
}

const ASCII_TEXT = /^[\x20-\x7e]*$/;
const MARKUP = /[<\\{}$]|&#?[a-z0-9]+;/i;

/**
 * Folds text to lower-case ASCII letters, digits and single spaces ("&" becomes "and").
 * @example
 * foldText('Hémolytic–Uremic Syndrome: β-cell & <i>CFH</i>'); // → 'hemolytic uremic syndrome beta cell and cfh'
 */
export function foldText(text: string): string {
  // Most text is plain ASCII without markup: skip the Unicode and markup passes.
  if (ASCII_TEXT.test(text) && !MARKUP.test(text)) {
    return text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return stripMarkup(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPELLED_RE, (c) => SPELLED[c])
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of folded text. */
export function tokens(folded: string): string[] {
  return folded.length === 0 ? [] : folded.split(' ');
}

/**
 * English function words that carry nothing for matching: their presence or absence ("The effect of …" against
 * "Effect of …") should not make two titles differ.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of and or in on at to for from by with without into onto upon over under about as is are was were be ' +
    'been its it this that these those than via vs versus do does not no et al'
  ).split(' '),
);

/**
 * British and American spellings to one form, so that "haemolytic"/"hemolytic", "randomised"/"randomized" and
 * "tumour"/"tumor" agree. Applied to both sides of a comparison, so a rule that also changes unrelated words only
 * makes them equal to themselves.
 * @example
 * spellingVariant('haemolytic'); // → 'hemolytic'
 */
export function spellingVariant(word: string): string {
  if (word.length < 5) return word;
  let w = word;
  // Each rule is tried only where it can apply: this runs for every word of every title.
  if (w.includes('ae') || w.includes('oe')) w = w.replace(/ae|oe/g, 'e');
  if (w.includes('is')) w = w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  if (w.endsWith('our') || w.endsWith('ours')) w = w.replace(/our(s?)$/, 'or$1');
  return w;
}
