/**
 * A YAML file read with positions kept, so that every later check can name the line of the value it is about.
 * Parsing uses the `yaml` package (YAML 1.2 core schema: dates stay text, keys like `1.1` become the text "1.1").
 */
import { type Document, LineCounter, parseDocument } from 'yaml';
import { type ReviewIssue, reviewIssue } from '../issues.js';
import { readFolderText } from './folder-file.js';
import type { FolderSource } from './folder-source.js';

/** A parsed YAML file: its plain data and a way back from a field path to a line. */
export interface YamlFile {
  /** File name relative to the review folder. */
  file: string;
  /** The document as plain data (maps, lists, text, numbers, booleans, null). */
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest enclosing value that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Reads and parses a YAML file; a missing file or a syntax error becomes an issue and no file is returned. */
export async function readYamlFile(
  source: FolderSource,
  file: string,
  issues: ReviewIssue[],
  options: { required: boolean },
): Promise<YamlFile | undefined> {
  const text = await readFolderText(source, file, issues, options);
  if (text === undefined) return undefined;
  return parseYaml(file, text, issues);
}

/** Parses YAML text; syntax errors become issues with their line. */
export function parseYaml(file: string, text: string, issues: ReviewIssue[]): YamlFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  for (const error of doc.errors) {
    const line = error.linePos?.[0].line;
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    issues.push(reviewIssue('syntax', { file, line, path: '' }, `cannot be read as YAML: ${message}`));
  }
  if (doc.errors.length > 0) return undefined;
  return {
    file,
    data: doc.toJS(),
    lineOf: (path) => lineOf(doc, lineCounter, path),
  };
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  // A missing field is reported at its enclosing value: for a map, the line of its first entry.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}
