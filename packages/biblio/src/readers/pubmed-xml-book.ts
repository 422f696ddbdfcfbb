/**
 * A book or book chapter in PubMed XML (PubmedBookArticle: BookDocument and PubmedBookData, as efetch returns
 * NCBI Bookshelf records such as GeneReviews chapters). A BookDocument with an ArticleTitle is a chapter of the book
 * named in Book/BookTitle; without one it is the whole book.
 */
import { childNamed, elementsOf, type XmlElement } from '../xml/element.js';
import {
  checkedDoi,
  keep,
  type Mapping,
  rawKey,
  readAbstract,
  readArticleIds,
  readAuthors,
  readDate,
} from './pubmed-xml-parts.js';

/** Maps a BookDocument element into the record. */
export function readBookDocument(m: Mapping, document: XmlElement): void {
  const key = 'BookDocument';
  const { record } = m;
  let chapterTitle: string | undefined;
  for (const part of elementsOf(document)) {
    switch (part.name) {
      case 'PMID':
        record.pmid = keep(m, rawKey(key, 'PMID'), part);
        break;
      case 'ArticleIdList':
        readArticleIds(m, rawKey(key, 'ArticleIdList'), part);
        break;
      case 'Book':
        readBook(m, rawKey(key, 'Book'), part);
        break;
      case 'ArticleTitle':
        chapterTitle = keep(m, rawKey(key, 'ArticleTitle'), part);
        break;
      case 'VernacularTitle':
      case 'LocationLabel':
        keep(m, rawKey(key, `${part.name}`), part);
        break;
      case 'Language': {
        const language = keep(m, rawKey(key, 'Language'), part);
        record.language ??= language;
        break;
      }
      case 'AuthorList':
        readAuthorList(m, key, part);
        break;
      case 'PublicationType': {
        const type = keep(m, rawKey(key, 'PublicationType'), part);
        if (type) record.publicationTypes.push(type);
        break;
      }
      case 'Abstract':
        record.abstract = readAbstract(m, rawKey(key, 'Abstract'), part);
        break;
      case 'KeywordList':
        for (const word of elementsOf(part)) {
          const keyword = keep(m, rawKey(key, 'KeywordList/Keyword'), word);
          if (keyword) record.keywords.push(keyword);
        }
        break;
      default:
    }
  }
  if (chapterTitle) {
    record.type = 'chapter';
    record.journal = record.title;
    record.title = chapterTitle;
  } else record.type = 'book';
}

function readBook(m: Mapping, key: string, book: XmlElement): void {
  const { record } = m;
  for (const part of elementsOf(book)) {
    switch (part.name) {
      case 'BookTitle':
        record.title = keep(m, rawKey(key, 'BookTitle'), part);
        break;
      case 'PubDate':
        Object.assign(record, readDate(m, rawKey(key, 'PubDate'), part));
        break;
      case 'AuthorList':
        readAuthorList(m, key, part);
        break;
      case 'Publisher':
        keep(m, rawKey(key, 'Publisher/PublisherName'), childNamed(part, 'PublisherName'));
        keep(m, rawKey(key, 'Publisher/PublisherLocation'), childNamed(part, 'PublisherLocation'));
        break;
      case 'Volume':
        record.volume = keep(m, rawKey(key, 'Volume'), part);
        break;
      case 'ELocationID': {
        const type = part.attributes.EIdType ?? 'unknown';
        const value = keep(m, rawKey(key, `ELocationID[@EIdType='${type}']`), part);
        if (value && type === 'doi' && !record.doi)
          record.doi = checkedDoi(m, value, rawKey(key, 'ELocationID'), part.line);
        break;
      }
      case 'Isbn':
      case 'Edition':
      case 'CollectionTitle':
      case 'Medium':
        keep(m, rawKey(key, `${part.name}`), part);
        break;
      default:
    }
  }
}

/** Authors go to `authors`; editors (Type="editors") are kept in raw only, as the record has no editor field. */
function readAuthorList(m: Mapping, key: string, list: XmlElement): void {
  const type = list.attributes.Type ?? 'authors';
  const people = readAuthors(m, rawKey(key, `AuthorList[@Type='${type}']`), list);
  if (type === 'authors' && m.record.authors.length === 0) m.record.authors = people;
}
