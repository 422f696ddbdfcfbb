/** Reads review.yaml: the protocol's fields one by one and its lists item by item. */

import type { z } from 'zod';
import type { YamlFile } from '../files/yaml-file.js';
import type { ReviewIssue } from '../issues.js';
import type { Review } from '../model/review.js';
import { protocolFields, protocolLists } from '../schema/protocol.js';
import { validateFields } from '../validate/fields.js';
import { rootMap, type Validated, validateList } from '../validate/validate.js';

/** The parts of a review that review.yaml holds. */
export type Protocol = Pick<
  Review,
  | 'title'
  | 'authors'
  | 'language'
  | 'background'
  | 'objective'
  | 'question'
  | 'eligibility'
  | 'searches'
  | 'outcomes'
  | 'comparisons'
  | 'analyses'
  | 'conclusion'
>;

const EMPTY: Protocol = {
  title: '',
  authors: [],
  language: 'en',
  searches: [],
  outcomes: [],
  comparisons: [],
  analyses: [],
};

/** The protocol from a parsed review.yaml; invalid fields and items are reported and left out. */
export function readProtocol(yaml: YamlFile | undefined, issues: ReviewIssue[]): Protocol {
  if (!yaml) return { ...EMPTY };
  const root = rootMap(yaml.data, yaml.file, issues);
  if (!root) return { ...EMPTY };
  const context = { file: yaml.file, base: [], lineOf: yaml.lineOf };
  const fields = validateFields(protocolFields, root, context, issues, Object.keys(protocolLists));
  const list = <T>(key: keyof typeof protocolLists, schema: z.ZodType<T>) =>
    validateList(schema, root, key, context, issues, { required: key === 'outcomes' });
  const values = <T>(items: Validated<T>[]) => items.map((item) => item.value);
  const located = <T>(key: string, items: Validated<T>[]) =>
    items.map(({ value, index, line }) => ({ ...value, at: { file: yaml.file, line, path: `${key}[${index}]` } }));
  const protocol: Protocol = {
    title: fields.title ?? '',
    language: fields.language ?? 'en',
    authors: values(list('authors', protocolLists.authors)),
    searches: located('searches', list('searches', protocolLists.searches)),
    outcomes: located('outcomes', list('outcomes', protocolLists.outcomes)),
    comparisons: located('comparisons', list('comparisons', protocolLists.comparisons)),
    analyses: located('analyses', list('analyses', protocolLists.analyses)),
  };
  for (const key of ['background', 'objective', 'question', 'eligibility', 'conclusion'] as const) {
    const value = fields[key];
    if (value !== undefined) Object.assign(protocol, { [key]: value });
  }
  return protocol;
}
