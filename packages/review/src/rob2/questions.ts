/**
 * The signalling questions of RoB 2 (Sterne et al. 2019, BMJ 366:l4898; full guidance of 22 August 2019) for the
 * effect of assignment to intervention, and of the variant for crossover trials (Higgins, Li, Sterne 2021), which
 * adds domain S on period and carryover effects. Questions are paraphrased; answer them with the guidance at hand.
 */
import type { RobDomain, RobResponse, RobVariant } from '../model/rob.js';

/** A signalling question: its id, a short paraphrase, the answers it takes, and when it is asked. */
export interface SignallingQuestion {
  id: string;
  domain: RobDomain;
  text: string;
  /** Allowed responses; NA is allowed only for questions asked under a condition. */
  responses: readonly RobResponse[];
  /** The condition under which the question is asked, as the tool states it. */
  askedIf?: string;
}

const FULL: readonly RobResponse[] = ['Y', 'PY', 'PN', 'N', 'NI'];
const CONDITIONAL: readonly RobResponse[] = ['NA', 'Y', 'PY', 'PN', 'N', 'NI'];

/** Domain names as the tool gives them. */
export const DOMAIN_NAMES: Record<RobDomain, string> = {
  D1: 'Bias arising from the randomization process',
  D2: 'Bias due to deviations from intended interventions (effect of assignment)',
  DS: 'Bias arising from period and carryover effects',
  D3: 'Bias due to missing outcome data',
  D4: 'Bias in measurement of the outcome',
  D5: 'Bias in selection of the reported result',
};

const q = (
  id: string,
  domain: RobDomain,
  text: string,
  responses: readonly RobResponse[] = FULL,
  askedIf?: string,
): SignallingQuestion =>
  askedIf === undefined ? { id, domain, text, responses } : { id, domain, text, responses, askedIf };

/** Questions shared by both variants, in the tool's order. */
const COMMON: SignallingQuestion[] = [
  q('1.1', 'D1', 'Was the allocation sequence random?'),
  q('1.2', 'D1', 'Was the allocation sequence concealed until participants were enrolled and assigned?'),
  q('1.3', 'D1', 'Did baseline differences between the groups suggest a problem with randomization?'),
  q('2.1', 'D2', 'Were participants aware of their assigned intervention during the trial?'),
  q('2.2', 'D2', 'Were carers and people delivering the interventions aware of the assigned intervention?'),
  q(
    '2.3',
    'D2',
    'Were there deviations from the intended intervention that arose because of the trial context?',
    CONDITIONAL,
    'Y/PY/NI to 2.1 or 2.2',
  ),
  q('2.4', 'D2', 'Were these deviations likely to have affected the outcome?', CONDITIONAL, 'Y/PY to 2.3'),
  q('2.5', 'D2', 'Were these deviations balanced between the groups?', CONDITIONAL, 'Y/PY/NI to 2.4'),
  q('2.6', 'D2', 'Was an appropriate analysis used to estimate the effect of assignment to intervention?'),
  q(
    '2.7',
    'D2',
    'Could failing to analyse participants in their randomized group have substantially affected the result?',
    CONDITIONAL,
    'N/PN/NI to 2.6',
  ),
  q('3.1', 'D3', 'Were outcome data available for all, or nearly all, randomized participants?'),
  q(
    '3.2',
    'D3',
    'Is there evidence that the result was not biased by missing outcome data?',
    ['NA', 'Y', 'PY', 'PN', 'N'],
    'N/PN/NI to 3.1',
  ),
  q('3.3', 'D3', 'Could missingness in the outcome depend on its true value?', CONDITIONAL, 'N/PN to 3.2'),
  q(
    '3.4',
    'D3',
    'Is it likely that missingness in the outcome depended on its true value?',
    CONDITIONAL,
    'Y/PY/NI to 3.3',
  ),
  q('4.1', 'D4', 'Was the method of measuring the outcome inappropriate?'),
  q('4.2', 'D4', 'Could measurement or ascertainment of the outcome have differed between the groups?'),
  q('4.3', 'D4', 'Were outcome assessors aware of the intervention received?', CONDITIONAL, 'N/PN/NI to 4.1 and 4.2'),
  q(
    '4.4',
    'D4',
    'Could knowledge of the intervention received have influenced the assessment?',
    CONDITIONAL,
    'Y/PY/NI to 4.3',
  ),
  q(
    '4.5',
    'D4',
    'Is it likely that knowledge of the intervention received influenced the assessment?',
    CONDITIONAL,
    'Y/PY/NI to 4.4',
  ),
  q('5.1', 'D5', 'Was the result analysed by a plan finalized before unblinded outcome data were available?'),
  q(
    '5.2',
    'D5',
    'Is the result likely to have been selected, on the basis of the results, from several eligible outcome measurements?',
  ),
  q(
    '5.3',
    'D5',
    'Is the result likely to have been selected, on the basis of the results, from several eligible analyses?',
  ),
];

/** Domain S of the crossover variant. */
const CROSSOVER: SignallingQuestion[] = [
  q('S.1', 'DS', 'Were the numbers of participants allocated to the two sequences equal or nearly equal?'),
  q('S.2', 'DS', 'Were period effects accounted for in the analysis?', CONDITIONAL, 'N/PN/NI to S.1'),
  q(
    'S.3',
    'DS',
    'Was there enough time for carryover effects to disappear before the outcome was assessed in the second period?',
  ),
];

/** The domains of each variant, in the tool's order. */
export const VARIANT_DOMAINS: Record<RobVariant, readonly RobDomain[]> = {
  parallel: ['D1', 'D2', 'D3', 'D4', 'D5'],
  crossover: ['D1', 'D2', 'DS', 'D3', 'D4', 'D5'],
};

/** The signalling questions of a variant, in the tool's order. */
export function signallingQuestions(variant: RobVariant): SignallingQuestion[] {
  if (variant === 'parallel') return [...COMMON];
  const at = COMMON.findIndex((question) => question.domain === 'D3');
  return [...COMMON.slice(0, at), ...CROSSOVER, ...COMMON.slice(at)];
}
