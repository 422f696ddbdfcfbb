/**
 * PubMed XML: efetch's PubmedArticleSet (PubmedArticle and PubmedBookArticle records) and the MEDLINE baseline and
 * update files' MedlineCitationSet (MedlineCitation records, gzip handled by the caller). The record id is the PMID.
 * PubMed Central's article XML (JATS, `<pmc-articleset>`) is a different format and is reported as such.
 */
import type { ReadIssue } from '../issues.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { type BibRecord, emptyRecord } from '../record.js';
import { childNamed, elementsOf, textOf, type XmlElement } from '../xml/element.js';
import type { XmlItem, XmlLayout } from '../xml/layout.js';
import type { XmlLimits } from '../xml/limits.js';
import { xmlRecords } from '../xml/records.js';
import { type RecordView, TreeView } from '../xml/view.js';
import { readCitation, readPubmedData } from './pubmed-xml-article.js';
import { readBookDocument } from './pubmed-xml-book.js';
import type { Mapping } from './pubmed-xml-parts.js';

const LAYOUT: XmlLayout = {
  records: {
    PubmedArticleSet: ['PubmedArticle', 'PubmedBookArticle'],
    MedlineCitationSet: ['MedlineCitation'],
    PubmedBookArticleSet: ['PubmedBookArticle'],
    BookDocumentSet: ['BookDocument'],
  },
  // Lists no field is read from, some long (a reference list can hold hundreds of citations): not built.
  skip: [
    'ReferenceList',
    'History',
    'CommentsCorrectionsList',
    'GrantList',
    'ChemicalList',
    'SupplMeshList',
    'InvestigatorList',
    'DataBankList',
    'GeneSymbolList',
    'PersonalNameSubjectList',
    'DateCreated',
    'DateCompleted',
    'DateRevised',
    'Sections',
    'ItemList',
  ],
  identify: (partial) => {
    const pmid = findPmid(partial);
    return pmid ? `PMID ${pmid}` : undefined;
  },
};

function findPmid(element: XmlElement): string | undefined {
  const own = childNamed(element, 'PMID');
  if (own) return textOf(own).trim() || undefined;
  const inner = childNamed(element, 'MedlineCitation') ?? childNamed(element, 'BookDocument');
  return inner ? findPmid(inner) : undefined;
}

/** Maps one record element (PubmedArticle, MedlineCitation, PubmedBookArticle or BookDocument), element 0 of `view`. */
export function mapRecord(view: RecordView, index: number, path: string, context: ReaderContext): Mapping {
  const source = { file: context.file, format: context.format, record: index, line: view.line(0) };
  const m: Mapping = { record: emptyRecord(`${context.file}#${index}`, source), issues: [], path, view };
  const { record } = m;
  const name = view.name(0);
  switch (name) {
    case 'MedlineCitation':
      record.type = 'article-journal';
      readCitation(m, 0);
      break;
    case 'BookDocument':
      readBookDocument(m, 0);
      break;
    default:
      record.type = name === 'PubmedArticle' ? 'article-journal' : 'book';
      for (let part = view.firstChild(0); part >= 0; part = view.nextSibling(part)) {
        const partName = view.name(part);
        if (partName === 'MedlineCitation') readCitation(m, part);
        else if (partName === 'BookDocument') readBookDocument(m, part);
        else if (partName === 'PubmedData' || partName === 'PubmedBookData') readPubmedData(m, part);
      }
  }
  for (const key of Object.keys(record) as (keyof BibRecord)[]) if (record[key] === undefined) delete record[key];
  if (record.pmid) record.id = record.pmid;
  else m.issues.push(missing(m, 'the record has no PMID; its id is file#record'));
  if (!record.title) m.issues.push(missing(m, 'the record has no title'));
  return m;
}

function missing(m: Mapping, message: string): ReadIssue {
  const { record } = m;
  return {
    code: 'missing_field',
    severity: 'warning',
    message,
    line: record.source.line,
    path: m.path,
    record: record.source.record,
  };
}

function unknownRoot(name: string, file: string): string {
  if (name === 'pmc-articleset' || name === 'article') return jatsMessage(name, file);
  return `${file}: <${name}> is not PubMed XML (expected PubmedArticleSet, MedlineCitationSet or a PubmedArticle)`;
}

/** Why PubMed Central's article XML is not read, and what to fetch instead. */
export const jatsMessage = (root: string, file: string): string =>
  `${file}: <${root}> is PubMed Central article XML (JATS), not PubMed XML; fetch the same articles from the pubmed database (efetch db=pubmed) to read them`;

/** What a MEDLINE update's DeleteCitation says, or why another element beside the records was not read. */
function otherElement(element: XmlElement, path: string): ReadIssue {
  if (element.name === 'DeleteCitation') {
    const pmids = elementsOf(element).map((e) => textOf(e).trim());
    return {
      code: 'unknown_tag',
      severity: 'warning',
      message: `DeleteCitation lists ${pmids.length} PMID(s) deleted from MEDLINE (${pmids.slice(0, 10).join(', ')}${pmids.length > 10 ? ', …' : ''}); it is not a record`,
      line: element.line,
      path,
    };
  }
  return {
    code: 'unknown_tag',
    severity: 'warning',
    message: `<${element.name}> is not a PubMed record; it was skipped`,
    line: element.line,
    path,
  };
}

/**
 * Reads PubMed XML.
 * @example
 * const { records } = await readAll({ path: 'pubmed-29768149.xml' }, { format: 'pubmed-xml' });
 * records[0].id;    // → '29768149'
 * records[0].title; // → 'Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.'
 */
export const readPubmedXml: Reader = pubmedXmlReader();

/** How a PubMed XML reader reads: the XML layer's ways (see XmlLayout's `flat` and `fast`) and limits. */
export interface PubmedXmlOptions {
  /** Records the fast path reads come as flat views rather than trees (default true). */
  flat?: boolean;
  /** The fast path reads plain records (default true); false leaves everything to the parser. */
  fast?: boolean;
  limits?: Partial<XmlLimits>;
}

/**
 * A PubMed XML reader. Every choice of options gives the same records and issues; they exist so that the ways of
 * reading can be compared with one another.
 * @example
 * const parserOnly = pubmedXmlReader({ fast: false });
 */
export function pubmedXmlReader(options: PubmedXmlOptions = {}): Reader {
  const layout: XmlLayout = { ...LAYOUT, flat: options.flat ?? true, fast: options.fast ?? true };
  return async function* (text, context): AsyncGenerator<ReadItem> {
    for await (const batch of xmlRecords(text, layout, options.limits)) {
      for (const item of batch) {
        if (item.kind !== 'record') {
          yield* itemsOf(item, context);
          continue;
        }
        // Records, nearly every item, without a generator of their own.
        const { record, issues } = mapRecord(item.view ?? new TreeView(item.element), item.index, item.path, context);
        yield { kind: 'record', record };
        for (const issue of issues) yield { kind: 'issue', issue };
      }
    }
  };
}

/** What an item of the XML layer other than a record gives the reader's caller: an issue, or nothing. */
function* itemsOf(item: Exclude<XmlItem, { kind: 'record' }>, context: ReaderContext): Generator<ReadItem> {
  switch (item.kind) {
    case 'root':
      if (!item.known) {
        yield {
          kind: 'issue',
          issue: {
            code: 'unknown_format',
            severity: 'error',
            message: unknownRoot(item.name, context.file),
            line: item.line,
          },
        };
      }
      break;
    case 'other':
      yield { kind: 'issue', issue: otherElement(item.element, item.path) };
      break;
    default:
      yield item;
  }
}
