/** The words of the records page. */
import { area } from './area';

export const recordsWords = area(
  {
    'nav.records': 'Records',
  },
  {
    'nav.records': 'Referencer',
  },
);
