/**
 * A part of the workbench's dictionary, kept beside the others so that each page's words live in one file: the
 * English words, and the Danish ones key for key (the type checker refuses a missing or extra key).
 */
export function area<const T extends Record<string, string>>(en: T, da: { [K in keyof T]: string }) {
  return { en, da };
}
