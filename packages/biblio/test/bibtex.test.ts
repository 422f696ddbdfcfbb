/**
 * The BibTeX reader on the BibTeX exports in the reference data (EndNote, Mendeley, Zotero and a hand-written file;
 * record counts checked against a count of entry lines made without the reader; first and last records against
 * values read off the files by hand), on a fixture of awkward shapes written for these tests, and on mutated input.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BibRecord, type ReadIssue, type ReadResult, readAll } from '@evidens/biblio';
import fc from 'fast-check';
import { sharedOrSkip } from '../../../test-support/shared-data.js';
import { MONTH_MACROS, parseBody } from '../src/readers/bibtex-entry.js';
import { bibtexAuthors } from '../src/readers/bibtex-names.js';
import { latexToUnicode } from '../src/readers/latex.js';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

const ENTRY_LINE = /^\s*@\s*([A-Za-z][\w:-]*)\s*[{(]/;
const NOT_RECORDS = new Set(['comment', 'string', 'preamble']);

/** Lines (1-based) where an entry that should become a record starts, found without the reader. */
function entryLines(text: string): number[] {
  const out: number[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((l, i) => {
      const m = ENTRY_LINE.exec(l);
      if (m && !NOT_RECORDS.has(m[1].toLowerCase())) out.push(i + 1);
    });
  return out;
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `fixture has no line with ${needle}`);
  return i + 1;
}

const read = (text: string | Uint8Array, file = 'test.bib') => readAll({ data: text, file }, { format: 'bibtex' });
const byId = (r: ReadResult, id: string): BibRecord => {
  const rec = r.records.find((x) => x.id === id);
  assert.ok(rec, `no record ${id}`);
  return rec;
};
const codes = (r: ReadResult) => r.issues.map((i) => i.code);

interface Expected {
  id: string;
  title: string;
  family: string;
  year: number;
  doi?: string;
}

function expectRecord(r: BibRecord | undefined, e: Expected, where: string): void {
  assert.ok(r, `${where}: no record`);
  assert.deepEqual(
    { id: r.id, title: r.title, family: r.authors[0]?.family, year: r.year, doi: r.doi },
    { doi: undefined, ...e },
    where,
  );
}

const SHARED: { path: string; first: Expected; last: Expected; check?: (r: ReadResult) => void }[] = [
  {
    path: 'parsers/colandr/example-endnote.bib',
    first: { id: 'RN1', title: 'TITLE1', family: 'LAST_NAME1_1', year: 2001, doi: '10.5555/111111111' },
    last: { id: 'RN4', title: 'TITLE4', family: 'LAST_NAME4', year: 2004 },
    check: (r) => {
      // EndNote: BOM, CRLF, keywords one per line.
      assert.deepEqual(r.records[0].keywords, ['KEYWORD1_1', 'KEYWORD1_2']);
      assert.deepEqual(r.records[0].authors[1], { family: 'LAST_NAME1_2', given: 'FIRST_NAME1_2 MIDDLE_INITIAL1_2.' });
      assert.equal(r.records[2].type, 'book');
      assert.equal(r.records[3].pages, '4-44');
    },
  },
  {
    path: 'parsers/colandr/example-mendeley.bib',
    first: { id: 'EXAMPLE1', title: 'TITLE1', family: 'LAST_NAME1_1', year: 2001, doi: '10.5555/111111111' },
    last: { id: 'EXAMPLE4', title: 'TITLE4', family: 'LAST_NAME4', year: 2004 },
    check: (r) => {
      // Mendeley writes "Given Family".
      assert.deepEqual(r.records[0].authors, [
        { family: 'LAST_NAME1_1', given: 'FIRST_NAME1_1' },
        { family: 'LAST_NAME1_2', given: 'FIRST_NAME1_2 MIDDLE_INITIAL1_2.' },
      ]);
      assert.equal(r.records[0].issue, '1');
      assert.equal(r.records[0].pages, '1-11');
      assert.equal(r.records[3].journal, 'PUBLISHER4');
    },
  },
  {
    path: 'parsers/colandr/example-zotero.bib',
    first: {
      id: 'last_name1_1_title1_2001',
      title: 'TITLE1',
      family: 'LAST_NAME1_1',
      year: 2001,
      doi: '10.5555/111111111',
    },
    last: { id: 'last_name4_title4_2004', title: 'TITLE4', family: 'LAST_NAME4', year: 2004 },
    check: (r) => {
      // Zotero: {{double braces}}, escaped underscores, month macros, a field given twice.
      const first = r.records[0];
      assert.equal(first.date, '2001-01');
      assert.equal(first.language, 'English');
      assert.deepEqual(first.keywords, ['KEYWORD1_1', 'KEYWORD1_2']);
      assert.deepEqual(first.raw.annote, ['NOTE1\\_1\n', 'NOTE1\\_2\n']);
      assert.equal(r.records[3].journal, 'NEWSPAPER4');
      assert.equal(r.records[3].language, 'French');
    },
  },
  {
    path: 'parsers/colandr/example.bib',
    first: { id: 'EXAMPLE1', title: 'TITLE1', family: 'LAST_NAME1_1', year: 2001, doi: '10.5555/111111111' },
    last: { id: 'EXAMPLE4', title: 'TITLE4', family: 'LAST_NAME4', year: 2004 },
    check: (r) => {
      // Quoted values, bare numbers (year = 2001, pages=330), tabs and spaces mixed.
      assert.equal(r.records[2].pages, '330');
      assert.equal(r.records[3].pages, '4-44');
      assert.deepEqual(r.records[0].raw.note, ['NOTE1_1', 'NOTE1_2']);
    },
  },
];

describe('BibTeX reader: reference exports', () => {
  for (const c of SHARED) {
    test(c.path, async (t) => {
      const path = sharedOrSkip(t, c.path);
      if (!path) return;
      const text = readFileSync(path, 'utf8');
      const r = await readAll({ path });
      assert.equal(r.format, 'bibtex');
      assert.equal(r.records.length, entryLines(text).length);
      assert.deepEqual(r.issues, []);
      expectRecord(r.records[0], c.first, 'first');
      expectRecord(r.records.at(-1), c.last, 'last');
      c.check?.(r);
    });
  }

  test('the four exports of the same library agree on the first record', async (t) => {
    const firsts: BibRecord[] = [];
    for (const c of SHARED) {
      const path = sharedOrSkip(t, c.path);
      if (!path) return;
      firsts.push((await readAll({ path })).records[0]);
    }
    const key = (r: BibRecord) => [r.title, r.year, r.doi, r.journal, r.volume, r.authors];
    for (const r of firsts.slice(1)) assert.deepEqual(key(r), key(firsts[0]), r.source.file);
  });
});

describe('BibTeX reader: awkward shapes (own fixture)', () => {
  const path = fixture('bibtex-edge.bib');
  const text = readFileSync(path, 'utf8');

  test('every entry becomes a record or an issue at its line', async () => {
    const r = await readAll({ path });
    assert.equal(r.format, 'bibtex');
    const lines = entryLines(text);
    assert.equal(lines.length, 7);
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['lindqvist2021', 'haddad2019', 'zola2015', 'afterbroken', 'nofinalbrace', 'last2000'],
    );
    assert.deepEqual(r.counts, { read: 6, skipped: 1, withIssues: 2 });
    for (const line of lines) {
      const named = r.records.some((x) => x.source.line === line) || r.issues.some((i) => i.line === line);
      assert.ok(named, `entry at line ${line} neither read nor reported`);
    }
  });

  test('an entry with unbalanced braces is skipped with its line; reading resumes at the next entry', async () => {
    const r = await readAll({ path });
    const skipped = r.issues.filter((i) => i.code === 'record_skipped');
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0].line, lineOf(text, '@article{broken2020'));
    assert.equal(skipped[0].severity, 'error');
    assert.equal(byId(r, 'afterbroken').title, 'Read after the broken entry');
  });

  test('an entry missing only its closing brace is read, with a warning', async () => {
    const r = await readAll({ path });
    const rec = byId(r, 'nofinalbrace');
    assert.equal(rec.title, 'A book without its closing brace');
    assert.equal(rec.year, 2010);
    const warning = r.issues.find((i) => i.record === rec.source.record);
    assert.equal(warning?.code, 'syntax');
    assert.equal(warning?.line, lineOf(text, '@book{nofinalbrace'));
  });

  test('macros, concatenation, month macros, LaTeX, names, keywords, DOI and URL', async () => {
    const r = await readAll({ path });
    const a = byId(r, 'lindqvist2021');
    assert.equal(a.title, 'Magnesium citrate for Nocturnal leg cramps: a randomised crossover trial');
    assert.equal(a.journal, 'Journal of Muscle and Cramp Research');
    assert.deepEqual(a.authors, [
      { family: 'Lindqvist', given: 'Maja' },
      { family: 'Okafor', given: 'Chidi N.' },
      { family: 'Müller', given: 'Jürgen' },
      { family: 'van Beethoven', given: 'Ludwig' },
      { literal: 'Cramp Trialists Group' },
    ]);
    assert.equal(a.year, 2021);
    assert.equal(a.date, '2021-03');
    assert.equal(a.volume, '12');
    assert.equal(a.issue, '3');
    assert.equal(a.pages, '201-209');
    assert.equal(a.doi, '10.5555/jmcr.2021.0012');
    assert.equal(a.url, 'https://example.org/~lindqvist/paper_1.pdf');
    assert.deepEqual(a.keywords, ['leg cramps', 'magnesium', 'crossover trial']);
    assert.deepEqual(a.issn, ['1234-5679', '2345-6784']);
    assert.equal(a.pmid, '31234567');
    assert.equal(a.abstract, 'Nocturnal leg cramps affect 50% of adults over 60 – see Table 1.');
    assert.equal(a.type, 'article-journal');
    // Unknown and empty fields are kept verbatim in raw, the entry type too.
    assert.deepEqual(a.raw.unknownfield, ['kept in raw']);
    assert.deepEqual(a.raw.empty, ['']);
    assert.deepEqual(a.raw.ENTRYTYPE, ['Article']);
    assert.deepEqual(a.raw.title, [
      'Magnesium citrate for {N}octurnal leg cramps: a \\emph{randomised} crossover trial',
    ]);

    const b = byId(r, 'haddad2019');
    assert.equal(b.type, 'paper-conference');
    assert.equal(b.title, 'Oxide versus citrate: the "reasonable dose" question');
    assert.equal(b.journal, 'Proceedings of the Cramp Symposium 2019');
    assert.deepEqual(b.authors, [{ family: 'Haddad', given: 'R.' }]);
    assert.equal(b.pages, 'e0123');

    const c = byId(r, 'zola2015');
    assert.equal(c.title, 'Ångström, øresund and Čech: naïve café, ß and Łódź');
    assert.deepEqual(c.authors, [
      { family: 'Zola', given: 'Émile' },
      { family: 'de la Fontaine', given: 'Jean' },
    ]);
    assert.deepEqual(c.keywords, ['Administration, Oral', 'Humans']);
  });

  test('an undefined macro is kept as written, with an issue at its line', async () => {
    const r = await readAll({ path });
    const rec = byId(r, 'last2000');
    assert.deepEqual(rec.raw.publisher, ['undefinedmacro']);
    const issue = r.issues.find((i) => i.record === rec.source.record);
    assert.equal(issue?.code, 'bad_value');
    assert.equal(issue?.line, lineOf(text, 'publisher = undefinedmacro'));
  });

  test('@comment (even holding an @entry) and @preamble give nothing; free text is a comment', async () => {
    const r = await readAll({ path });
    assert.ok(!r.records.some((x) => x.id === 'fake'));
  });
});

describe('BibTeX reader: line ends and encodings', () => {
  const entry =
    '@article{k1,\n  title = {Ærø {\\"o}l},\n  author = {Ørsted, Hans},\n  year = {1820}\n}\n@misc{k2, title={Two}}\n';

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ] as const) {
    test(`${name} line ends give the same records and lines`, async () => {
      const r = await read(entry.replace(/\n/g, eol));
      assert.deepEqual(
        r.records.map((x) => [x.id, x.title, x.source.line]),
        [
          ['k1', 'Ærø öl', 1],
          ['k2', 'Two', 6],
        ],
      );
      assert.deepEqual(r.issues, []);
    });
  }

  test('a byte-order mark before the first entry', async () => {
    const r = await readAll({ data: `\uFEFF${entry}`, file: 'bom.bib' });
    assert.equal(r.format, 'bibtex');
    assert.equal(r.records.length, 2);
    assert.equal(r.records[0].id, 'k1');
  });

  test('Latin-1 bytes are read as Windows-1252, with an encoding warning', async () => {
    const bytes = Buffer.from('@article{k1, title = {Ærø Lægkramper}, author = {Ørsted, Hans}}\n', 'latin1');
    const r = await readAll({ data: new Uint8Array(bytes), file: 'latin1.bib' });
    assert.equal(r.records[0].title, 'Ærø Lægkramper');
    assert.equal(r.records[0].authors[0].family, 'Ørsted');
    assert.deepEqual(codes(r), ['encoding']);
  });
});

describe('BibTeX reader: grammar', () => {
  test('@type(…) entries, # concatenation with @string macros defined earlier, numbers', async () => {
    const r = await read(
      '@string(j = "Muscle")\n@STRING{ n = {Nerve} }\n@article(k, journal = j # { and } # n, year = 1999)\n',
    );
    assert.equal(r.records[0].journal, 'Muscle and Nerve');
    assert.equal(r.records[0].year, 1999);
  });

  test('nested braces and quotes inside braces; a quote-delimited value with braces', async () => {
    const r = await read('@article{k, title = {A {B {C}} "D"}, note = "x {"} y"}');
    assert.equal(r.records[0].title, 'A B C "D"');
    assert.deepEqual(r.records[0].raw.note, ['x {"} y']);
  });

  test('a missing comma between fields is a warning, and both fields are read', async () => {
    const r = await read('@article{k,\n title = {T}\n year = {2001}\n}');
    assert.equal(r.records[0].title, 'T');
    assert.equal(r.records[0].year, 2001);
    assert.deepEqual(codes(r), ['syntax']);
    assert.equal(r.issues[0].line, 2);
  });

  test('a field without "=" is reported at its line and the rest is read', async () => {
    const r = await read('@article{k,\n title {T},\n year = {2001}\n}');
    assert.equal(r.records[0].year, 2001);
    assert.equal(r.issues[0].code, 'syntax');
    assert.equal(r.issues[0].line, 2);
  });

  test('an entry without a key gets file#n and a warning; one with neither key nor fields is skipped', async () => {
    const r = await read('@article{title = {No key}}\n@article{}\n', 'nokey.bib');
    assert.equal(r.records.length, 1);
    assert.equal(r.records[0].id, 'nokey.bib#1');
    assert.equal(r.records[0].title, 'No key');
    assert.deepEqual(codes(r), ['missing_field', 'record_skipped']);
    assert.equal(r.issues[1].line, 2);
  });

  test('a citation key used twice is a warning; both records are kept', async () => {
    const r = await read('@article{same, title={A}}\n@article{same, title={B}}\n');
    assert.deepEqual(
      r.records.map((x) => x.title),
      ['A', 'B'],
    );
    assert.deepEqual(codes(r), ['bad_value']);
  });

  test('an extra closing brace ends the entry early: the stray fields after it are reported', async () => {
    const r = await read('@article{k,\n title = {T}},\n year = {2001}\n}\n');
    assert.equal(r.records[0].title, 'T');
    assert.equal(r.records[0].year, undefined);
    assert.deepEqual(codes(r), ['syntax']);
    assert.equal(r.issues[0].line, 3);
  });

  test('a value that swallows the following fields is flagged', async () => {
    const r = await read('@article{k,\n title = {T,\n year = {2001}},\n}\n');
    assert.ok(r.issues.some((i) => i.code === 'syntax' && /other fields/.test(i.message)));
  });

  test('input ending inside an entry: read when only the brace is missing, else skipped', async () => {
    const ok = await read('@article{k,\n title = {T},\n year = {2001},\n');
    assert.equal(ok.records[0].title, 'T');
    assert.deepEqual(codes(ok), ['truncated']);
    const bad = await read('@article{k,\n title = {T,\n year = {2001},\n');
    assert.equal(bad.records.length, 0);
    assert.deepEqual(codes(bad), ['record_skipped']);
    assert.equal(bad.issues[0].line, 1);
  });

  test('a runaway entry is dropped at the size limit; reading resumes at the next entry line', async () => {
    const text = `@article{big, title = {${'a'.repeat(5_000_000)}\nmore\n@article{next, title = {Next}}\n`;
    const r = await read(text);
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['next'],
    );
    assert.deepEqual(codes(r), ['record_skipped']);
    assert.equal(r.issues[0].line, 1);
  });

  test('% comment lines between entries are skipped, also when they hold an @', async () => {
    const r = await read('% @article{commented, title={No}}\n@article{k, title={Yes}}\n');
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['k'],
    );
  });

  test('the body parser reports lines inside the entry', () => {
    const body = parseBody('key,\n  title = {A},\n  year = oops\n', 10, MONTH_MACROS, true);
    assert.equal(body.key, 'key');
    assert.deepEqual(
      body.fields.map((f) => [f.name, f.value, f.line]),
      [
        ['title', 'A', 11],
        ['year', 'oops', 12],
      ],
    );
    assert.deepEqual(body.problems, [
      { code: 'bad_value', line: 12, message: 'field year: undefined macro oops, kept as written' },
    ]);
  });
});

describe('LaTeX to Unicode', () => {
  const cases: [string, string][] = [
    ['{\\"u}ber M\\"uller \\"{o}', 'über Müller ö'],
    ["\\'e \\'{E} \\`a \\^o \\~n \\=a \\.z", 'é É à ô ñ ā ż'],
    ['\\\'{\\i}\\"\\i', 'íï'],
    ['\\v{c}\\v S \\u{g} \\c{c} \\k{a} \\H{o} \\r{u} \\d{s}', 'čŠ ğ ç ą ő ů ṣ'],
    ['{\\o} \\O{} {\\ae} \\AE{} {\\oe} {\\aa} \\AA{}ngstr\\"om \\ss{} {\\l} \\L{}', 'ø Ø æ Æ œ å Ångström ß ł Ł'],
    // TeX drops the space after a control word: \o l is "øl".
    ['\\o l \\ss e', 'øl ße'],
    ['\\& \\% \\$ \\# \\_ \\{ \\}', '& % $ # _ { }'],
    ["1--2 a---b x~y ``q''", '1–2 a—b x y “q”'],
    ['\\emph{a} \\textbf{b} \\textit{c} {\\em d}', 'a b c d'],
    ['$\\alpha$-synuclein $\\beta$-blockers $\\leq$ 5', 'α-synuclein β-blockers ≤ 5'],
    ['\\textbackslash{}n \\textasciitilde{} \\textasciicircum{}', '\\n ~ ^'],
    ['{SHORT}\\_TITLE1', 'SHORT_TITLE1'],
    ['\\LaTeX{} stays \\unknown', 'LaTeX stays unknown'],
    ['plain text, unchanged', 'plain text, unchanged'],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.equal(latexToUnicode(input), expected));
  }
});

describe('BibTeX names', () => {
  const cases: [string, ReturnType<typeof bibtexAuthors>][] = [
    [
      'Roffe, Christine and Sills, S.',
      [
        { family: 'Roffe', given: 'Christine' },
        { family: 'Sills', given: 'S.' },
      ],
    ],
    [
      'Christine Roffe AND Sarah Sills',
      [
        { family: 'Roffe', given: 'Christine' },
        { family: 'Sills', given: 'Sarah' },
      ],
    ],
    ['Ludwig van Beethoven', [{ family: 'van Beethoven', given: 'Ludwig' }]],
    ['Jean de La Fontaine', [{ family: 'de La Fontaine', given: 'Jean' }]],
    ['van der Berg, Jan', [{ family: 'van der Berg', given: 'Jan' }]],
    ['King, Jr, Martin Luther', [{ family: 'King Jr', given: 'Martin Luther' }]],
    [
      '{Barnes and Noble} and {World Health Organization}',
      [{ literal: 'Barnes and Noble' }, { literal: 'World Health Organization' }],
    ],
    ['{\\O}rsted, H. C. and others', [{ family: 'Ørsted', given: 'H. C.' }]],
    ['Plato', [{ family: 'Plato' }]],
    ['', []],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.deepEqual(bibtexAuthors(input), expected));
  }
});

describe('BibTeX reader: mutated input (property)', () => {
  const base = readFileSync(fixture('bibtex-edge.bib'), 'utf8');
  const noise = fc.constantFrom(
    '{',
    '}',
    '"',
    '@',
    ',',
    '=',
    '#',
    '%',
    '\\',
    '\n',
    '(',
    ')',
    ' ',
    '@article{x,\n',
    'é',
  );
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: noise }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  );

  function mutate(text: string, ops: { kind: 'insert' | 'delete'; at: number; text?: string; length?: number }[]) {
    let s = text;
    for (const op of ops) {
      const at = op.at % (s.length + 1);
      s =
        op.kind === 'insert' ? s.slice(0, at) + op.text + s.slice(at) : s.slice(0, at) + s.slice(at + (op.length ?? 1));
    }
    return s;
  }

  test('never throws, and every entry line becomes a record or is named in an issue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), async (ops) => {
        const text = mutate(base, ops);
        const r = await read(text);
        const starts = new Set([
          ...r.records.map((x) => x.source.line),
          ...r.issues.map((i: ReadIssue) => i.line).filter((l) => l !== undefined),
        ]);
        for (const line of entryLines(text)) assert.ok(starts.has(line), `entry at line ${line} lost`);
        // and no record comes from nowhere: at most one per `@type{` in the text.
        assert.ok(r.counts.read + r.counts.skipped <= countHeads(text));
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary text never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        await read(`@article{k, title = {${text}}}\n${text}`);
      }),
      { numRuns: 300 },
    );
  });
});

/** Every `@type{` or `@type(` in the text, wherever it stands. */
function countHeads(text: string): number {
  return (text.match(/@\s*[A-Za-z][\w:-]*\s*[{(]/g) ?? []).length;
}
