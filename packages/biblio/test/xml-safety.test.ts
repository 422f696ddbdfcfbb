/**
 * The XML layer under hostile and broken input: entity bombs and external entities are neither expanded nor read,
 * nesting and sizes are bounded, and a malformed document costs only the records it breaks, each reported with its
 * element path and line. A property test mutates valid PubMed XML and checks that every record that survives intact
 * is still read.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type BibRecord,
  type ReadIssue,
  type ReadResult,
  readAll,
  readPubmedXml,
  type XmlItem,
  type XmlLimits,
  xmlRecords,
} from '@evidens/biblio';
import fc from 'fast-check';
import { sharedOrSkip } from '../../../test-support/shared-data.js';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
const read = (xml: string) => readAll({ data: xml, file: 'test.xml' }, { format: 'pubmed-xml' });

/** A minimal PubMed record with the given PMID and title (markup allowed in the title). */
const article = (pmid: number, title = `Title ${pmid}.`) =>
  `<PubmedArticle><MedlineCitation><PMID>${pmid}</PMID><Article><ArticleTitle>${title}</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n`;
const set = (...records: string[]) =>
  `<?xml version="1.0"?>\n<PubmedArticleSet>\n${records.join('')}</PubmedArticleSet>\n`;

const pmids = (r: ReadResult) => r.records.map((x) => x.pmid);
const codes = (r: ReadResult) => r.issues.map((i) => i.code);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

describe('XML safety: entities', () => {
  test('billion laughs: nothing expanded, no hang, the record kept with the reference as written', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<PubmedArticleSet>${article(1, '&lol9;')}${article(2)}</PubmedArticleSet>`;
    const { value: r, ms } = await timed(() => read(xml));
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.deepEqual(pmids(r), ['1', '2']);
    assert.equal(r.records[0].title, '&lol9;');
    assert.ok(JSON.stringify(r).length < 10_000, 'the output is small');
    assert.deepEqual(codes(r), ['limit', 'limit']);
    assert.match(r.issues[0].message, /not expanded/);
    assert.equal(r.issues[1].path, 'PubmedArticleSet/PubmedArticle[1]/MedlineCitation/Article/ArticleTitle');
  });

  test('quadratic blowup: one large entity referenced many times is not expanded', async () => {
    const xml = `<!DOCTYPE PubmedArticleSet [<!ENTITY a "${'a'.repeat(100_000)}">]>\n<PubmedArticleSet>${article(1, '&a;'.repeat(10_000))}</PubmedArticleSet>`;
    const { value: r, ms } = await timed(() => read(xml));
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.equal(r.records[0].title, '&a;'.repeat(10_000));
  });

  test('external entities (general and parameter) are never read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evidens-xxe-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-MARKER');
    const url = pathToFileURL(secret).href;
    const xml = `<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [
  <!ENTITY x SYSTEM "file:///etc/passwd">
  <!ENTITY secret SYSTEM "${url}">
  <!ENTITY % remote SYSTEM "${url}">
  %remote;
]>
<PubmedArticleSet>${article(1, 'Passwd: &x;')}${article(2, 'Secret: &secret;')}</PubmedArticleSet>`;
    const r = await read(xml);
    const everything = JSON.stringify(r);
    assert.doesNotMatch(everything, /TOP-SECRET-MARKER/);
    assert.doesNotMatch(everything, /root:/);
    assert.deepEqual(
      r.records.map((x) => x.title),
      ['Passwd: &x;', 'Secret: &secret;'],
    );
  });

  test('an undefined entity without a DTD is a syntax warning, and the record is kept', async () => {
    const r = await read(set(article(1, 'Caf&eacute; au lait')));
    assert.equal(r.records[0].title, 'Caf&eacute; au lait');
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.severity, i.record]),
      [['syntax', 'warning', 1]],
    );
  });
});

describe('XML safety: limits', () => {
  test('deep nesting inside a record hits the depth limit; the records around it are read', async () => {
    const deep = `<PubmedArticle>${'<a>'.repeat(100_000)}x${'</a>'.repeat(100_000)}</PubmedArticle>\n`;
    const { value: r, ms } = await timed(() => read(set(article(1), deep, article(3))));
    assert.ok(ms < 3000, `took ${ms} ms`);
    assert.deepEqual(pmids(r), ['1', '3']);
    assert.deepEqual(codes(r), ['limit', 'record_skipped']);
    const [limit, skipped] = r.issues;
    assert.match(limit.message, /deeper than the limit of 256/);
    assert.match(limit.path ?? '', /^PubmedArticleSet\/PubmedArticle\[2\]\/a\/a\/.*more.*\/a$/);
    assert.equal(limit.record, 2);
    assert.equal(skipped.path, 'PubmedArticleSet/PubmedArticle[2]');
    assert.deepEqual(r.counts, { read: 2, skipped: 1, withIssues: 0 });
  });

  test('deep nesting of containers outside records is bounded too', async () => {
    const xml = `${'<PubmedArticleSet>'.repeat(5000)}${article(1)}${'</PubmedArticleSet>'.repeat(5000)}`;
    const { value: r, ms } = await timed(() => read(xml));
    assert.ok(ms < 3000, `took ${ms} ms`);
    assert.equal(r.records.length, 0);
    assert.ok(codes(r).includes('limit'));
  });

  test('a text over 10 MiB is not kept: the record is skipped with a limit issue', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024 + 1);
    const r = await read(set(article(1), article(2, huge), article(3)));
    assert.deepEqual(pmids(r), ['1', '3']);
    assert.deepEqual(codes(r), ['limit', 'record_skipped']);
    assert.equal(r.issues[0].path, 'PubmedArticleSet/PubmedArticle[2]/MedlineCitation/Article/ArticleTitle');
  });

  async function layer(xml: string, limits: Partial<XmlLimits>, pieces = 64): Promise<XmlItem[]> {
    async function* chunks() {
      for (let i = 0; i < xml.length; i += pieces) yield xml.slice(i, i + pieces);
    }
    const out: XmlItem[] = [];
    for await (const batch of xmlRecords(chunks(), { records: { set: ['r'] } }, limits)) out.push(...batch);
    return out;
  }
  const issuesOf = (items: XmlItem[]): ReadIssue[] => items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : []));
  const recordCount = (items: XmlItem[]) => items.filter((i) => i.kind === 'record').length;

  test('a text, attribute or comment growing past the limit is cut off before it ends', async () => {
    const long = 'y'.repeat(5000);
    for (const [what, middle] of [
      ['text', `<r>${long}</r>`],
      ['attribute', `<r a="${long}"/>`],
      ['comment', `<!--${long}-->`],
    ]) {
      const items = await layer(`<set><r/>${middle}<r/></set>`, { text: 1000 });
      const limits = issuesOf(items).filter((i) => i.code === 'limit');
      assert.equal(limits.length, 1, what);
      assert.equal(recordCount(items), what === 'text' ? 2 : 2, `${what}: the records around it are read`);
    }
  });

  test('a record longer than the record limit is skipped', async () => {
    const long = `<r>${'<f>v</f>'.repeat(2000)}</r>`;
    const items = await layer(`<set><r/>${long}<r/></set>`, { record: 5000 });
    assert.deepEqual(
      issuesOf(items).map((i) => i.code),
      ['limit', 'record_skipped'],
    );
    assert.equal(recordCount(items), 2);
  });

  test('a text over the limit that only the end of the input completes is reported, not thrown', async () => {
    // No document element, so all of it is text after the prolog, which the parser gives only when it is closed.
    const items = await layer(`<?xml version="1.0"?>\n${'z'.repeat(300)}`, { text: 100 }, 100000);
    assert.ok(issuesOf(items).some((i) => i.code === 'limit' && /over the limit of 100/.test(i.message)));
  });
});

describe('XML safety: malformed documents', () => {
  test('truncated in the middle of a record: the records before it kept, the cut one reported', async (t) => {
    const path = sharedOrSkip(t, 'parsers/asreview/pubmed.xml');
    if (!path) return;
    const text = readFileSync(path, 'utf8');
    // The text up to the sixth record's start tag, then 2000 characters into it.
    const sixth = text.split('<PubmedArticle>', 6).join('<PubmedArticle>').length;
    const cut = text.slice(0, sixth + 2000);
    const r = await read(cut);
    assert.equal(r.records.length, 5);
    assert.deepEqual(codes(r), ['truncated', 'record_skipped']);
    assert.match(r.issues[0].path ?? '', /^PubmedArticleSet\/PubmedArticle\[6\]\/MedlineCitation\//);
    assert.equal(r.issues[0].line, cut.split('\n').length);
    assert.match(r.issues[1].message, /^record 6 \(PMID \d+\) was not read/);
  });

  test('an unclosed tag: that record skipped with its path and line, every other record read', async (t) => {
    const path = sharedOrSkip(t, 'parsers/asreview/pubmed.xml');
    if (!path) return;
    const text = readFileSync(path, 'utf8');
    const records = text.split('<PubmedArticle>');
    records[3] = records[3].replace('</ArticleTitle>', '');
    const broken = records.join('<PubmedArticle>');
    const r = await read(broken);
    assert.equal(r.records.length, 9);
    assert.deepEqual(codes(r), ['syntax', 'record_skipped']);
    const [syntax] = r.issues;
    assert.match(syntax.path ?? '', /^PubmedArticleSet\/PubmedArticle\[3\]\/MedlineCitation\/Article/);
    const startLine = broken
      .slice(0, broken.split('<PubmedArticle>', 3).join('<PubmedArticle>').length)
      .split('\n').length;
    const endLine = startLine + records[3].split('\n').length;
    assert.ok(syntax.line! >= startLine && syntax.line! <= endLine, `line ${syntax.line} within record 3`);
    assert.equal(r.records[2].source.record, 4, 'numbering goes on past the skipped record');
  });

  test('garbage between records: reported with the container path; every record read', async () => {
    const r = await read(
      set(article(1), article(2), '<<<not xml>>> & junk &&;\n', article(3), 'stray text\n', article(4)),
    );
    assert.deepEqual(pmids(r), ['1', '2', '3', '4']);
    assert.deepEqual(codes(r), ['syntax', 'syntax']);
    assert.ok(r.issues.every((i) => i.path === 'PubmedArticleSet' && i.record === undefined));
    assert.equal(r.issues[0].line, 5);
    assert.match(r.issues[1].message, /stray text/);
  });

  test('a record cut short and followed at once by the next: only the cut one lost', async () => {
    const cut = article(2).slice(0, 70);
    const r = await read(set(article(1), cut, article(3), article(4)));
    assert.deepEqual(pmids(r), ['1', '3', '4']);
    assert.ok(r.issues.some((i) => i.code === 'record_skipped' && i.record === 2 && /PMID 2/.test(i.message)));
  });

  test('a broken start tag, a record inside a record, and a second document after the first', async () => {
    const r = await read(
      `${set(article(1), '<PubmedArticle foo>', article(2))}<?xml version="1.0"?>\n${set(article(3))}`,
    );
    assert.deepEqual(pmids(r), ['1', '2', '3']);
    assert.ok(r.issues.every((i) => i.code === 'syntax' || i.code === 'record_skipped'));
  });

  test('an unknown document element: unknown_format when nothing known follows, else the records found', async () => {
    const other = await read('<html><body><p>Not a bibliography.</p></body></html>');
    assert.equal(other.records.length, 0);
    assert.deepEqual(codes(other), ['unknown_format']);
    const wrapped = await read(`<html><body>\n${article(1)}${article(2)}</body></html>`);
    assert.deepEqual(pmids(wrapped), ['1', '2']);
    assert.equal(wrapped.issues[0].code, 'syntax');
    assert.match(wrapped.issues[0].message, /starts with <html>/);
  });

  test('element names that are Object.prototype members do not break the EndNote reader', async () => {
    const xml =
      '<xml><records><record><constructor>a</constructor><__proto__>b</__proto__><toString>c</toString><titles><title>T</title></titles></record></records></xml>';
    const r = await readAll({ data: xml, file: 'proto.xml' });
    assert.equal(r.format, 'endnote-xml');
    assert.equal(r.records[0].title, 'T');
    assert.deepEqual(r.records[0].raw.constructor, ['a']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(r.records[0].raw, '__proto__')?.value, ['b']);
  });
});

describe('XML safety: mutated PubMed XML (property)', () => {
  const base = readFileSync(fixture('pubmed-edge.xml'), 'utf8')
    .replace(/^<\?xml[^>]*>\s*<!DOCTYPE[^>]*>\s*/, '')
    .replace('<DeleteCitation>', `${article(7001)}${article(7002, 'Second <i>styled</i> title.')}<DeleteCitation>`);
  const recordTexts = [...base.matchAll(/<(PubmedArticle|PubmedBookArticle)>[\s\S]*?<\/\1>/g)].map((m) => m[0]);

  /** What a record reads as on its own, without the parts that depend on where it is. */
  const comparable = (r: BibRecord) => {
    const { source: _source, id: _id, ...rest } = r;
    return JSON.stringify(rest);
  };
  async function recordsOf(text: string): Promise<BibRecord[]> {
    const out: BibRecord[] = [];
    async function* once() {
      yield text;
    }
    for await (const item of readPubmedXml(once(), { file: 'm.xml', format: 'pubmed-xml' })) {
      if (item.kind === 'record') out.push(item.record);
    }
    return out;
  }
  const expected = new Map<string, string>();
  const occurrences = (text: string, part: string) => text.split(part).length - 1;

  const mutation: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constantFrom('delete', 'duplicate'),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat({ max: 400 }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  interface Mutation {
    kind: 'delete' | 'duplicate';
    /** Where the slice starts, as a fraction of the text's length. */
    from: number;
    length: number;
    /** Where a duplicate goes, as a fraction of the text's length. */
    to: number;
  }

  function mutate(text: string, steps: readonly Mutation[]): string {
    let s = text;
    for (const m of steps) {
      const from = Math.floor(m.from * s.length);
      const end = Math.min(s.length, from + m.length);
      if (m.kind === 'delete') s = s.slice(0, from) + s.slice(end);
      else {
        const at = Math.floor(m.to * s.length);
        s = s.slice(0, at) + s.slice(from, end) + s.slice(at);
      }
    }
    return s;
  }

  test('never throws, ends quickly, and reads every record that survives intact', async () => {
    assert.equal(recordTexts.length, 5);
    for (const t of recordTexts) {
      const [alone] = await recordsOf(`<PubmedArticleSet>${t}</PubmedArticleSet>`);
      expected.set(t, comparable(alone));
    }
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (steps) => {
        const text = mutate(base, steps);
        // A "<!" or "<?" made by a cut would open a comment, CDATA or instruction that rightly swallows the rest.
        fc.pre(!/<[!?]/.test(text));
        const start = performance.now();
        const records = await recordsOf(text);
        assert.ok(performance.now() - start < 1000, 'ends quickly');
        const seen = records.map(comparable);
        for (const t of recordTexts) {
          const intact = occurrences(text, t);
          const found = seen.filter((s) => s === expected.get(t)).length;
          assert.ok(found >= intact, `a record present ${intact} time(s) intact was read ${found} time(s)`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
