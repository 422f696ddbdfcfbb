/** The words of the duplicates page. */
import { area } from './area';

export const duplicatesWords = area(
  {
    'nav.duplicates': 'Duplicates',
  },
  {
    'nav.duplicates': 'Dubletter',
  },
);
