/** The words of the report page. */
import { area } from './area';

export const reportWords = area(
  {
    'nav.report': 'Report',
  },
  {
    'nav.report': 'Rapport',
  },
);
