/** The words of the certainty page. */
import { area } from './area';

export const certaintyWords = area(
  {
    'nav.certainty': 'Certainty',
  },
  {
    'nav.certainty': 'Evidensens sikkerhed',
  },
);
