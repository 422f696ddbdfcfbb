/**
 * A journal article in PubMed XML: the MedlineCitation (in efetch's PubmedArticle and, alone, in MEDLINE baseline
 * files) and efetch's PubmedData beside it. One pass over each element's children; what is mapped is also kept in
 * raw under its path, e.g. `MedlineCitation/Article/Journal/Title`.
 */
import { cleanText, normalisePages } from '../normalise.js';
import { addRaw } from '../record.js';
import { childNamed, elementsOf, textOf, type XmlElement } from '../xml/element.js';
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
export function readCitation(m: Mapping, citation: XmlElement): void {
  const key = 'MedlineCitation';
  const { record } = m;
  for (const part of elementsOf(citation)) {
    switch (part.name) {
      case 'PMID':
        record.pmid = keep(m, rawKey(key, 'PMID'), part);
        break;
      case 'Article':
        readArticle(m, rawKey(key, 'Article'), part);
        break;
      case 'MedlineJournalInfo': {
        const ta = keep(m, rawKey(key, 'MedlineJournalInfo/MedlineTA'), childNamed(part, 'MedlineTA'));
        if (ta && !record.journalAbbrev) record.journalAbbrev = ta;
        const linking = keep(m, rawKey(key, 'MedlineJournalInfo/ISSNLinking'), childNamed(part, 'ISSNLinking'));
        if (linking && !record.issn.includes(linking)) record.issn.push(linking);
        break;
      }
      case 'MeshHeadingList':
        for (const heading of elementsOf(part)) {
          const mesh = meshHeading(heading);
          if (!mesh) continue;
          addRaw(record, rawKey(key, 'MeshHeadingList/MeshHeading'), mesh);
          record.mesh.push(mesh);
        }
        break;
      case 'KeywordList':
        for (const word of elementsOf(part)) {
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
export function meshHeading(heading: XmlElement): string | undefined {
  let out = '';
  for (const part of elementsOf(heading)) {
    const text = cleanText(textOf(part));
    if (!text) continue;
    const star = part.attributes.MajorTopicYN === 'Y' ? '*' : '';
    if (part.name === 'DescriptorName') out = `${star}${text}${out}`;
    else if (part.name === 'QualifierName') out += `/${star}${text}`;
  }
  return out && !out.startsWith('/') ? out : undefined;
}

function readArticle(m: Mapping, key: string, article: XmlElement): void {
  const { record } = m;
  let startPage: string | undefined;
  let endPage: string | undefined;
  let medlinePages: string | undefined;
  for (const part of elementsOf(article)) {
    switch (part.name) {
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
        startPage = keep(m, rawKey(key, 'Pagination/StartPage'), childNamed(part, 'StartPage'));
        endPage = keep(m, rawKey(key, 'Pagination/EndPage'), childNamed(part, 'EndPage'));
        medlinePages = keep(m, rawKey(key, 'Pagination/MedlinePgn'), childNamed(part, 'MedlinePgn'));
        break;
      case 'ELocationID': {
        const type = part.attributes.EIdType ?? 'unknown';
        const value = keep(m, rawKey(key, `ELocationID[@EIdType='${type}']`), part);
        if (value && type === 'doi' && part.attributes.ValidYN !== 'N' && !record.doi) {
          record.doi = checkedDoi(m, value, rawKey(key, 'ELocationID'), part.line);
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
        for (const type of elementsOf(part)) {
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

function readJournal(m: Mapping, key: string, journal: XmlElement): void {
  const { record } = m;
  for (const part of elementsOf(journal)) {
    switch (part.name) {
      case 'ISSN': {
        const issn = keep(m, rawKey(key, `ISSN[@IssnType='${part.attributes.IssnType ?? 'unknown'}']`), part);
        if (issn && !record.issn.includes(issn)) record.issn.push(issn);
        break;
      }
      case 'JournalIssue':
        for (const field of elementsOf(part)) {
          if (field.name === 'Volume') record.volume = keep(m, rawKey(key, 'JournalIssue/Volume'), field);
          else if (field.name === 'Issue') record.issue = keep(m, rawKey(key, 'JournalIssue/Issue'), field);
          else if (field.name === 'PubDate')
            Object.assign(record, readDate(m, rawKey(key, 'JournalIssue/PubDate'), field));
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
export function readPubmedData(m: Mapping, data: XmlElement): void {
  const ids = childNamed(data, 'ArticleIdList');
  if (ids) readArticleIds(m, 'PubmedData/ArticleIdList', ids);
  keep(m, 'PubmedData/PublicationStatus', childNamed(data, 'PublicationStatus'));
}
