/** The words of the data page. */
import { area } from './area';

export const dataWords = area(
  {
    'nav.data': 'Outcome data',
  },
  {
    'nav.data': 'Effektdata',
  },
);
