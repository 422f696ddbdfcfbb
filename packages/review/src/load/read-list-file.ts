/** Reads a YAML file whose content is one list under one key (studies.yaml: studies, data.yaml: data, …). */
import type { z } from 'zod';
import type { YamlFile } from '../files/yaml-file.js';
import type { Location, ReviewIssue } from '../issues.js';
import { validateFields } from '../validate/fields.js';
import { rootMap, validateList } from '../validate/validate.js';

/**
 * The valid items of the list at `key`, each with its location; invalid items are reported and left out, and so
 * is any other top-level field.
 */
export function readListFile<T>(
  yaml: YamlFile | undefined,
  key: string,
  schema: z.ZodType<T>,
  issues: ReviewIssue[],
): (T & { at: Location })[] {
  if (!yaml) return [];
  const root = rootMap(yaml.data, yaml.file, issues);
  if (!root) return [];
  const context = { file: yaml.file, base: [], lineOf: yaml.lineOf };
  validateFields({}, root, context, issues, [key]);
  return validateList(schema, root, key, context, issues, { required: true }).map(({ value, index, line }) => ({
    ...value,
    at: { file: yaml.file, line, path: `${key}[${index}]` },
  }));
}
