/**
 * A journal article in PubMed XML: the MedlineCitation (in efetch's PubmedArticle and, alone, in MEDLINE baseline
 * files) and efetch's PubmedData beside it. One pass over each element's children; what is mapped is also kept in
 * raw under its path, e.g. `MedlineCitation/Article/Journal/Title`.
 */
import { normalisePages } from '../normalise.js';
import { addRaw } from '../record.js';
import { childNamed, type RecordView } from '../xml/view.js';
import {
  checkedDoi,
  keep,
  type Mapping,
  normalisePmcid,
  rawKey,
  readAbstract,
  readArticleIds,
  readAuthors,
  readDate,
} from './pubmed-xml-parts.js';

/** Maps a MedlineCitation element into the record. */
export function readCitation(m: Mapping, citation: number): void {
  const key = 'MedlineCitation';
  const { record, view } = m;
  for (let part = view.firstChild(citation); part >= 0; part = view.nextSibling(part)) {
    switch (view.name(part)) {
      case 'PMID':
        record.pmid = keep(m, rawKey(key, 'PMID'), part);
        break;
      case 'Article':
        readArticle(m, rawKey(key, 'Article'), part);
        break;
      case 'MedlineJournalInfo': {
        const ta = keep(m, rawKey(key, 'MedlineJournalInfo/MedlineTA'), childNamed(view, part, 'MedlineTA'));
        if (ta && !record.journalAbbrev) record.journalAbbrev = ta;
        const linking = keep(m, rawKey(key, 'MedlineJournalInfo/ISSNLinking'), childNamed(view, part, 'ISSNLinking'));
        if (linking && !record.issn.includes(linking)) record.issn.push(linking);
        break;
      }
      case 'MeshHeadingList':
        for (let heading = view.firstChild(part); heading >= 0; heading = view.nextSibling(heading)) {
          const mesh = meshHeading(view, heading);
          if (!mesh) continue;
          addRaw(record, rawKey(key, 'MeshHeadingList/MeshHeading'), mesh);
          record.mesh.push(mesh);
        }
        break;
      case 'KeywordList':
        for (let word = view.firstChild(part); word >= 0; word = view.nextSibling(word)) {
          const keyword = keep(m, rawKey(key, 'KeywordList/Keyword'), word);
          if (keyword) record.keywords.push(keyword);
        }
        break;
      case 'OtherID': {
        const other = keep(m, rawKey(key, 'OtherID'), part);
        if (other && !record.pmcid) record.pmcid = normalisePmcid(other);
        break;
      }
      default:
    }
  }
}

/**
 * A MeshHeading as MEDLINE prints it: "Descriptor/Qualifier/Qualifier", with "*" before each major topic, e.g.
 * "*Asthma/drug therapy" or "Chromatium/*enzymology".
 */
export function meshHeading(view: RecordView, heading: number): string | undefined {
  let out = '';
  for (let part = view.firstChild(heading); part >= 0; part = view.nextSibling(part)) {
    const text = view.clean(part);
    if (!text) continue;
    const star = view.attribute(part, 'MajorTopicYN') === 'Y' ? '*' : '';
    const name = view.name(part);
    if (name === 'DescriptorName') out = `${star}${text}${out}`;
    else if (name === 'QualifierName') out += `/${star}${text}`;
  }
  return out && !out.startsWith('/') ? out : undefined;
}

function readArticle(m: Mapping, key: string, article: number): void {
  const { record, view } = m;
  let startPage: string | undefined;
  let endPage: string | undefined;
  let medlinePages: string | undefined;
  for (let part = view.firstChild(article); part >= 0; part = view.nextSibling(part)) {
    switch (view.name(part)) {
      case 'Journal':
        readJournal(m, rawKey(key, 'Journal'), part);
        break;
      case 'ArticleTitle':
        record.title = keep(m, rawKey(key, 'ArticleTitle'), part);
        break;
      case 'VernacularTitle':
        keep(m, rawKey(key, 'VernacularTitle'), part);
        break;
      case 'Pagination':
        startPage = keep(m, rawKey(key, 'Pagination/StartPage'), childNamed(view, part, 'StartPage'));
        endPage = keep(m, rawKey(key, 'Pagination/EndPage'), childNamed(view, part, 'EndPage'));
        medlinePages = keep(m, rawKey(key, 'Pagination/MedlinePgn'), childNamed(view, part, 'MedlinePgn'));
        break;
      case 'ELocationID': {
        const type = view.attribute(part, 'EIdType') ?? 'unknown';
        const value = keep(m, rawKey(key, `ELocationID[@EIdType='${type}']`), part);
        if (value && type === 'doi' && view.attribute(part, 'ValidYN') !== 'N' && !record.doi) {
          record.doi = checkedDoi(m, value, rawKey(key, 'ELocationID'), part);
        }
        break;
      }
      case 'Abstract':
        record.abstract = readAbstract(m, rawKey(key, 'Abstract'), part);
        break;
      case 'AuthorList':
        record.authors = readAuthors(m, rawKey(key, 'AuthorList'), part);
        break;
      case 'Language': {
        const language = keep(m, rawKey(key, 'Language'), part);
        record.language ??= language;
        break;
      }
      case 'PublicationTypeList':
        for (let type = view.firstChild(part); type >= 0; type = view.nextSibling(type)) {
          const name = keep(m, rawKey(key, 'PublicationTypeList/PublicationType'), type);
          if (name) record.publicationTypes.push(name);
        }
        break;
      case 'ArticleDate':
        // The electronic date stands in only where the issue has no date.
        if (record.year === undefined) Object.assign(record, readDate(m, rawKey(key, 'ArticleDate'), part));
        break;
      default:
    }
  }
  // MedlinePgn is what PubMed shows and MEDLINE text exports ("113-25"); StartPage/EndPage fill in where it is absent.
  record.pages = normalisePages(medlinePages) ?? normalisePages(startPage, endPage);
}

function readJournal(m: Mapping, key: string, journal: number): void {
  const { record, view } = m;
  for (let part = view.firstChild(journal); part >= 0; part = view.nextSibling(part)) {
    switch (view.name(part)) {
      case 'ISSN': {
        const issn = keep(m, rawKey(key, `ISSN[@IssnType='${view.attribute(part, 'IssnType') ?? 'unknown'}']`), part);
        if (issn && !record.issn.includes(issn)) record.issn.push(issn);
        break;
      }
      case 'JournalIssue':
        for (let field = view.firstChild(part); field >= 0; field = view.nextSibling(field)) {
          const name = view.name(field);
          if (name === 'Volume') record.volume = keep(m, rawKey(key, 'JournalIssue/Volume'), field);
          else if (name === 'Issue') record.issue = keep(m, rawKey(key, 'JournalIssue/Issue'), field);
          else if (name === 'PubDate') Object.assign(record, readDate(m, rawKey(key, 'JournalIssue/PubDate'), field));
        }
        break;
      case 'Title':
        record.journal = keep(m, rawKey(key, 'Title'), part);
        break;
      case 'ISOAbbreviation':
        record.journalAbbrev = keep(m, rawKey(key, 'ISOAbbreviation'), part) ?? record.journalAbbrev;
        break;
      default:
    }
  }
}

/** Maps efetch's PubmedData: the ids PubMed holds for the article. */
export function readPubmedData(m: Mapping, data: number): void {
  const { view } = m;
  const ids = childNamed(view, data, 'ArticleIdList');
  if (ids >= 0) readArticleIds(m, 'PubmedData/ArticleIdList', ids);
  keep(m, 'PubmedData/PublicationStatus', childNamed(view, data, 'PublicationStatus'));
}
