/** The words of the team page. */
import { area } from './area';

export const teamWords = area(
  {
    'nav.team': 'Team',
  },
  {
    'nav.team': 'Team',
  },
);
