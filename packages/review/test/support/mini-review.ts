// Small reviews built in code, for tests that need constructed data rather than a folder.
import type {
  ArmData,
  EffectMeasure,
  OutcomeData,
  Review,
  RobAssessment,
  RobResponse,
  Study,
} from '../../src/index.js';

export interface MiniStudy {
  id: string;
  design?: Study['design'];
  data: Omit<OutcomeData, 'study' | 'outcome'>;
  /** Overall-risk shortcut: answers that give this judgement in domain 1 and low elsewhere. */
  rob?: 'low' | 'some-concerns' | 'high';
}

/** Answers that give low risk in every domain of the parallel tool. */
export const LOW: Record<string, RobResponse> = {
  '1.1': 'Y',
  '1.2': 'Y',
  '1.3': 'N',
  '2.1': 'N',
  '2.2': 'N',
  '2.6': 'Y',
  '3.1': 'Y',
  '4.1': 'N',
  '4.2': 'N',
  '4.3': 'N',
  '5.1': 'Y',
  '5.2': 'N',
  '5.3': 'N',
};
const D1: Record<'low' | 'some-concerns' | 'high', RobResponse> = { low: 'Y', 'some-concerns': 'NI', high: 'N' };

/** A review with one outcome, one comparison, one analysis "a" and the given studies. */
export function miniReview(options: {
  kind: 'continuous' | 'binary';
  measure: EffectMeasure;
  mid?: number;
  direction?: 'higher-is-better' | 'lower-is-better';
  model?: 'random' | 'common';
  studies: MiniStudy[];
}): Review {
  const studies: Study[] = options.studies.map((s) => ({
    id: s.id,
    label: s.id,
    year: 2000,
    authors: [],
    design: s.design ?? 'parallel',
    population: 'adults',
    inclusion: [],
    exclusion: [],
    arms: [
      { id: 'i', name: 'Intervention', role: 'intervention' },
      { id: 'c', name: 'Control', role: 'comparator' },
    ],
    intervention: { agent: 'x' },
    comparator: { description: 'placebo' },
    outcomes: [],
    subgroups: {},
    references: [],
  }));
  const rob: RobAssessment[] = options.studies
    .filter((s) => s.rob !== undefined)
    .map((s) => ({
      study: s.id,
      outcome: 'o',
      answers: Object.fromEntries(
        Object.entries({ ...LOW, '1.2': D1[s.rob ?? 'low'] }).map(([id, answer]) => [id, { answer }]),
      ),
      overrides: {},
    }));
  return {
    dir: '',
    title: 'mini',
    authors: [],
    language: 'en',
    searches: [],
    outcomes: [
      {
        id: 'o',
        name: 'Outcome',
        kind: options.kind,
        direction: options.direction ?? 'lower-is-better',
        mid: options.mid,
        unit: 'points',
      },
    ],
    comparisons: [{ id: 'c', intervention: 'x', comparator: 'placebo' }],
    analyses: [
      {
        id: 'a',
        outcome: 'o',
        comparison: 'c',
        measure: options.measure,
        model: options.model ?? 'random',
        sensitivity: [],
      },
    ],
    recordFiles: [],
    screening: [],
    studies,
    data: options.studies.map((s) => ({ study: s.id, outcome: 'o', ...s.data })),
    rob,
    grade: [],
  };
}

/** A study reported as an MD with its SE. */
export const md = (
  id: string,
  estimate: number,
  se: number,
  n?: [number, number],
  rob?: MiniStudy['rob'],
): MiniStudy => ({
  id,
  data: {
    effect: { measure: 'MD', estimate, se, ...(n ? { nIntervention: n[0], nComparator: n[1] } : {}) },
  },
  rob,
});

/** A study reported per arm. */
export const arms = (id: string, intervention: ArmData, comparator: ArmData, rob?: MiniStudy['rob']): MiniStudy => ({
  id,
  data: { arms: { intervention, comparator } },
  rob,
});
