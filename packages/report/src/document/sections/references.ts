/** The numbered reference list of the included studies' reports. */
import { list } from '../blocks.js';
import type { SectionContext } from '../context.js';
import type { Section } from '../types.js';

export function referencesSection({ references, l }: SectionContext): Section {
  return {
    id: 'references',
    title: l.sections.references,
    blocks:
      references.entries.length > 0
        ? [
            list(
              references.entries.map((e) => [e]),
              true,
            ),
          ]
        : [],
  };
}
