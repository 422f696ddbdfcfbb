export { type AuthorAgreement, compareAuthors, type MatchAuthor, matchAuthor, matchAuthors } from './authors.js';
export { candidatePairs } from './blocking.js';
export { deduplicate } from './deduplicate.js';
export { type DedupAccuracy, scoreDeduplication } from './evaluate.js';
export { foldText, STOP_WORDS, spellingVariant, stripMarkup } from './fold.js';
export { jaroWinkler } from './jaro-winkler.js';
export { compareJournals, type JournalAgreement, type MatchJournal, matchJournal } from './journal.js';
export { bagDistance, boundedLevenshtein, levenshteinSimilarity } from './levenshtein.js';
export { comparePages, firstPage, inSupplement, lastPage, locator } from './locators.js';
export { mergeRecords } from './merge.js';
export { type CitedPlace, citesPlace, correctedPlace, erratumPlace } from './notice-links.js';
export {
  type MatchRecord,
  newPrepareCache,
  type PrepareCache,
  type PublicationKind,
  prepareRecord,
} from './prepare.js';
export { clearlyDistinct, decide, scorePair, type Thresholds } from './score.js';
export { type MatchTitle, matchTitle, type Notice, stripTitleNotes } from './title.js';
export { compareTitles, sharedWords, type TitleSimilarity } from './title-similarity.js';
export { exchangedWords } from './title-words.js';
export * from './types.js';
export { titlePoints, WEIGHTS } from './weights.js';
