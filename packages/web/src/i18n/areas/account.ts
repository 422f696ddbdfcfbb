/** The words of the account page. */
import { area } from './area';

export const accountWords = area(
  {
    'nav.account': 'Create an account',
  },
  {
    'nav.account': 'Opret en konto',
  },
);
