/** The words of the import page. */
import { area } from './area';

export const importWords = area(
  {
    'nav.import': 'Search and import',
  },
  {
    'nav.import': 'Søg og importér',
  },
);
