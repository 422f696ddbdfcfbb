/** The PRISMA 2020 flow diagram's words (the template's English, and Danish). */
import type { Lang } from '../format.js';

export interface PrismaLabels {
  viaDatabases: string;
  viaOther: string;
  identification: string;
  screening: string;
  included: string;
  identifiedFrom: string;
  databases: string;
  registers: string;
  removedBefore: string;
  duplicates: string;
  automation: string;
  otherReasons: string;
  screened: string;
  excluded: string;
  sought: string;
  notRetrieved: string;
  assessed: string;
  reportsExcluded: string;
  studiesIncluded: string;
  reportsIncluded: string;
}

const en: PrismaLabels = {
  viaDatabases: 'Identification of studies via databases and registers',
  viaOther: 'Identification of studies via other methods',
  identification: 'Identification',
  screening: 'Screening',
  included: 'Included',
  identifiedFrom: 'Records identified from:',
  databases: 'Databases',
  registers: 'Registers',
  removedBefore: 'Records removed before screening:',
  duplicates: 'Duplicate records removed',
  automation: 'Records marked as ineligible by automation tools',
  otherReasons: 'Records removed for other reasons',
  screened: 'Records screened',
  excluded: 'Records excluded',
  sought: 'Reports sought for retrieval',
  notRetrieved: 'Reports not retrieved',
  assessed: 'Reports assessed for eligibility',
  reportsExcluded: 'Reports excluded:',
  studiesIncluded: 'Studies included in review',
  reportsIncluded: 'Reports of included studies',
};

const da: PrismaLabels = {
  viaDatabases: 'Identifikation af studier via databaser og registre',
  viaOther: 'Identifikation af studier via andre metoder',
  identification: 'Identifikation',
  screening: 'Screening',
  included: 'Inkluderet',
  identifiedFrom: 'Poster identificeret fra:',
  databases: 'Databaser',
  registers: 'Registre',
  removedBefore: 'Poster fjernet før screening:',
  duplicates: 'Dubletter fjernet',
  automation: 'Poster markeret som uegnede af automatiseringsværktøjer',
  otherReasons: 'Poster fjernet af andre årsager',
  screened: 'Screenede poster',
  excluded: 'Ekskluderede poster',
  sought: 'Rapporter søgt indhentet',
  notRetrieved: 'Rapporter ikke indhentet',
  assessed: 'Rapporter vurderet for egnethed',
  reportsExcluded: 'Ekskluderede rapporter:',
  studiesIncluded: 'Studier inkluderet i reviewet',
  reportsIncluded: 'Rapporter af inkluderede studier',
};

export const PRISMA_LABELS: Record<Lang, PrismaLabels> = { da, en };
