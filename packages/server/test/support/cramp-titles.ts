/** A small review's titles for the screening tests: four on magnesium for cramps, six on heart valve surgery, two on
 * neither. */
export const CRAMP_TITLES: Record<string, string> = {
  m1: 'Magnesium citrate for nocturnal leg cramps: a randomised trial',
  c1: 'Cardiac surgery valve replacement outcomes',
  m2: 'Oral magnesium for leg cramps in pregnancy',
  c2: 'Valve replacement in cardiac surgery: a cohort',
  m3: 'Magnesium oxide and nocturnal leg cramps in older adults',
  c3: 'Cardiac surgery in older adults: valve outcomes',
  x1: 'Hospital costs in Denmark',
  c4: 'Long-term outcomes after valve surgery',
  m4: 'Magnesium for muscle cramps: a crossover trial',
  c5: 'Cardiac valve surgery cohort study',
  x2: 'Hospital costs of surgery in Denmark',
  c6: 'Surgery for cardiac valve disease: outcomes',
};
