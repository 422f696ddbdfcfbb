/** The words of the rob page. */
import { area } from './area';

export const robWords = area(
  {
    'nav.rob': 'Risk of bias',
  },
  {
    'nav.rob': 'Risiko for bias',
  },
);
