/**
 * A book or book chapter in PubMed XML (PubmedBookArticle: BookDocument and PubmedBookData, as efetch returns
 * NCBI Bookshelf records such as GeneReviews chapters). A BookDocument with an ArticleTitle is a chapter of the book
 * named in Book/BookTitle; without one it is the whole book.
 */
import { childNamed } from '../xml/view.js';
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
export function readBookDocument(m: Mapping, document: number): void {
  const key = 'BookDocument';
  const { record, view } = m;
  let chapterTitle: string | undefined;
  for (let part = view.firstChild(document); part >= 0; part = view.nextSibling(part)) {
    const name = view.name(part);
    switch (name) {
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
        keep(m, rawKey(key, `${name}`), part);
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
        for (let word = view.firstChild(part); word >= 0; word = view.nextSibling(word)) {
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

function readBook(m: Mapping, key: string, book: number): void {
  const { record, view } = m;
  for (let part = view.firstChild(book); part >= 0; part = view.nextSibling(part)) {
    const name = view.name(part);
    switch (name) {
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
        keep(m, rawKey(key, 'Publisher/PublisherName'), childNamed(view, part, 'PublisherName'));
        keep(m, rawKey(key, 'Publisher/PublisherLocation'), childNamed(view, part, 'PublisherLocation'));
        break;
      case 'Volume':
        record.volume = keep(m, rawKey(key, 'Volume'), part);
        break;
      case 'ELocationID': {
        const type = view.attribute(part, 'EIdType') ?? 'unknown';
        const value = keep(m, rawKey(key, `ELocationID[@EIdType='${type}']`), part);
        if (value && type === 'doi' && !record.doi) record.doi = checkedDoi(m, value, rawKey(key, 'ELocationID'), part);
        break;
      }
      case 'Isbn':
      case 'Edition':
      case 'CollectionTitle':
      case 'Medium':
        keep(m, rawKey(key, `${name}`), part);
        break;
      default:
    }
  }
}

/** Authors go to `authors`; editors (Type="editors") are kept in raw only, as the record has no editor field. */
function readAuthorList(m: Mapping, key: string, list: number): void {
  const type = m.view.attribute(list, 'Type') ?? 'authors';
  const people = readAuthors(m, rawKey(key, `AuthorList[@Type='${type}']`), list);
  if (type === 'authors' && m.record.authors.length === 0) m.record.authors = people;
}
