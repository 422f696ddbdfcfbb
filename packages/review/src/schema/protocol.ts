/** Schemas of review.yaml: the protocol, searches, outcomes, comparisons and analyses. */
import { TAU2_METHODS } from '@evidens/meta';
import { z } from 'zod';
import {
  type Analysis,
  type Author,
  type Comparison,
  DESIGNS,
  DIRECTIONS,
  EFFECT_MEASURES,
  type Eligibility,
  IMPORTANCE,
  LANGUAGES,
  MODELS,
  OUTCOME_KINDS,
  type Outcome,
  type Pico,
  SEARCH_KINDS,
  type Search,
  type Sensitivity,
} from '../model/protocol.js';
import { correlation, countOrZero, id, idList, isoDate, oneOf, positive, text, textList } from './fields.js';

const map = { error: 'must be a map of fields' };

export const authorSchema: z.ZodType<Author> = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z.strictObject(
    { name: text(), affiliation: text().optional(), email: text().optional(), orcid: text().optional() },
    map,
  ),
);

export const picoSchema: z.ZodType<Pico> = z.strictObject(
  { population: text(), intervention: text(), comparator: text(), outcomes: idList().default([]) },
  map,
);

export const eligibilitySchema: z.ZodType<Eligibility> = z.strictObject(
  { designs: textList().default([]), include: textList().default([]), exclude: textList().default([]) },
  map,
);

export const searchSchema: z.ZodType<Search> = z.strictObject(
  {
    id: id(),
    source: text(),
    kind: oneOf(SEARCH_KINDS).default('database'),
    query: text().optional(),
    date: isoDate(),
    hits: countOrZero(),
    records: textList().default([]),
    notes: text().optional(),
  },
  map,
);

export const outcomeSchema: z.ZodType<Outcome> = z.strictObject(
  {
    id: id(),
    name: text(),
    kind: oneOf(OUTCOME_KINDS),
    direction: oneOf(DIRECTIONS),
    unit: text().optional(),
    mid: positive().optional(),
    timepoint: text().optional(),
    importance: oneOf(IMPORTANCE).optional(),
    description: text().optional(),
  },
  map,
);

export const comparisonSchema: z.ZodType<Comparison> = z.strictObject(
  { id: id(), intervention: text(), comparator: text() },
  map,
);

const sensitivitySchema: z.ZodType<Sensitivity> = z.strictObject(
  {
    id: id(),
    description: text(),
    excludeStudies: idList().default([]),
    excludeRob: z.array(oneOf(['high', 'some-concerns'] as const), { error: 'must be a list' }).default([]),
    excludeDesigns: z.array(oneOf(DESIGNS), { error: 'must be a list' }).default([]),
    model: oneOf(MODELS).optional(),
    method: oneOf(TAU2_METHODS).optional(),
    test: oneOf(['z', 'knha'] as const).optional(),
    crossoverCorrelation: correlation().optional(),
  },
  map,
);

export const analysisSchema: z.ZodType<Analysis> = z.strictObject(
  {
    id: id(),
    title: text().optional(),
    outcome: id(),
    comparison: id(),
    measure: oneOf(EFFECT_MEASURES),
    model: oneOf(MODELS).default('random'),
    method: oneOf(TAU2_METHODS).optional(),
    test: oneOf(['z', 'knha'] as const).optional(),
    timepoint: text().optional(),
    studies: idList().optional(),
    subgroup: text().optional(),
    crossoverCorrelation: correlation().optional(),
    sensitivity: z.array(sensitivitySchema, { error: 'must be a list' }).default([]),
  },
  map,
);

/** The scalar and single-map fields of review.yaml; lists are validated item by item. */
export const protocolFields = {
  title: text(),
  language: oneOf(LANGUAGES),
  background: text().optional(),
  objective: text().optional(),
  question: picoSchema.optional(),
  eligibility: eligibilitySchema.optional(),
  conclusion: text().optional(),
} as const;

/** The list fields of review.yaml, validated item by item. */
export const protocolLists = {
  authors: authorSchema,
  searches: searchSchema,
  outcomes: outcomeSchema,
  comparisons: comparisonSchema,
  analyses: analysisSchema,
} as const;
