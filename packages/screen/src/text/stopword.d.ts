// The stopword package ships no type declarations; these are the two lists Evidens reads.
declare module 'stopword' {
  /** English stop words. */
  export const eng: string[];
  /** Danish stop words. */
  export const dan: string[];
}
