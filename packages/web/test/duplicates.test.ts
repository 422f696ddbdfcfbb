import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecordSummary } from '../src/api/records';
import { dedupActions, statusChoices } from '../src/duplicates/actions';
import { readEvidence, rowMarks, statusCounts } from '../src/duplicates/evidence';
import { fieldText, locator } from '../src/duplicates/record-fields';

// The pair evidence @evidens/biblio's deduplicate wrote for the Roffe 2002 trial exported twice (the records of
// packages/server/test/dedup.test.ts), and for a third record of the same title from a later volume (an uncertain
// pair that the run did not group). Stored as packages/server/src/jobs/dedup.ts stores a group's evidence.
const ROFFE = {
  score: 36.5,
  pairs: [
    {
      ids: ['D1', 'D2'],
      score: 36.5,
      evidence: [
        { field: 'doi', kind: 'equal', detail: 'the same DOI 10.1000/msm.2002.1', weight: 12 },
        { field: 'title', kind: 'equal', detail: 'the same title', weight: 10 },
        { field: 'authors', kind: 'equal', detail: 'first author roffe', weight: 2 },
        {
          field: 'authors',
          kind: 'equal',
          detail: '3 of 3 authors found in the other list (3 and 3 authors)',
          weight: 4,
        },
        { field: 'year', kind: 'equal', detail: 'both 2002', weight: 2 },
        { field: 'journal', kind: 'similar', detail: 'the same journal, abbreviated or extended', weight: 1.5 },
        { field: 'volume', kind: 'equal', detail: 'volume 8 in both', weight: 2 },
        { field: 'issue', kind: 'equal', detail: 'issue 5 in both', weight: 1 },
        { field: 'pages', kind: 'similar', detail: 'first pages cr326 and 326', weight: 2 },
      ],
    },
  ],
};
const LATER_VOLUME = {
  ids: ['D1', 'D3'],
  score: 7,
  evidence: [
    { field: 'title', kind: 'equal', detail: 'the same title', weight: 10 },
    { field: 'year', kind: 'similar', detail: 'years 2002 and 2003', weight: 0 },
    { field: 'journal', kind: 'equal', detail: 'the same journal', weight: 2 },
    { field: 'volume', kind: 'conflict', detail: 'volumes 8 and 9', weight: -5 },
    { field: 'pages', kind: 'conflict', detail: 'first pages cr326 and cr400', weight: -6 },
  ],
};

describe('readEvidence', () => {
  it('reads a run’s evidence: the group score and its pairs', () => {
    const e = readEvidence(ROFFE, ['D1', 'D2']);
    assert.equal(e.score, 36.5);
    assert.equal(e.pairs.length, 1);
    assert.equal(e.pairs[0].evidence.length, 9);
    assert.equal(e.manual, false);
  });

  it('leaves out pairs with a record split out of the group', () => {
    const three = { score: 7, pairs: [...ROFFE.pairs, LATER_VOLUME] };
    assert.deepEqual(
      readEvidence(three, ['D1', 'D2']).pairs.map((p) => p.ids),
      [['D1', 'D2']],
    );
  });

  it('tells a hand-made group and a split-off group, and reads anything else as no evidence', () => {
    assert.deepEqual(readEvidence({ manual: true }, ['A', 'B']), {
      score: undefined,
      pairs: [],
      manual: true,
      splitFrom: undefined,
    });
    assert.equal(readEvidence({ splitFrom: 'g1' }, ['A', 'B']).splitFrom, 'g1');
    assert.deepEqual(readEvidence(null, ['A']).pairs, []);
    assert.deepEqual(
      readEvidence({ pairs: [{ ids: ['A'] }, 'x', { ids: ['A', 'B'], evidence: [{ kind: 'odd' }] }] }, ['A', 'B'])
        .pairs,
      [{ ids: ['A', 'B'], score: 0, evidence: [] }],
    );
  });
});

describe('rowMarks: the evidence grouped into matched fields per record', () => {
  const pairs = readEvidence(ROFFE, ['D1', 'D2']).pairs;

  it('marks every field the two exports agree on, volume, issue and pages as one row', () => {
    const d2 = rowMarks(pairs, 'D2');
    assert.deepEqual(Object.keys(d2).sort(), ['authors', 'doi', 'journal', 'locator', 'title', 'year']);
    assert.equal(d2.doi?.match, 'equal');
    assert.equal(d2.journal?.match, 'similar');
    assert.equal(d2.locator?.match, 'equal', 'an equal volume outranks similar pages');
    assert.deepEqual(d2.locator?.details, [
      'D1: volume 8 in both',
      'D1: issue 5 in both',
      'D1: first pages cr326 and 326',
    ]);
    assert.equal(d2.pmid, undefined, 'neither record has a PMID');
  });

  it('names the other record in each detail, from either side of the pair', () => {
    assert.deepEqual(rowMarks(pairs, 'D1').doi?.details, ['D2: the same DOI 10.1000/msm.2002.1']);
    assert.deepEqual(rowMarks(pairs, 'D2').doi?.details, ['D1: the same DOI 10.1000/msm.2002.1']);
  });

  it('flags a conflict beside an agreement, and a record in no pair gets no marks', () => {
    const three = readEvidence({ pairs: [...ROFFE.pairs, LATER_VOLUME] }, ['D1', 'D2', 'D3']).pairs;
    const d1 = rowMarks(three, 'D1');
    assert.deepEqual([d1.locator?.match, d1.locator?.conflict], ['equal', true]);
    const d3 = rowMarks(three, 'D3');
    assert.deepEqual([d3.locator?.match, d3.locator?.conflict], [undefined, true]);
    assert.equal(d3.year?.match, 'similar');
    assert.deepEqual(rowMarks(three, 'D9'), {});
  });
});

describe('statusCounts', () => {
  it('counts each status and all', () => {
    assert.deepEqual(statusCounts([{ status: 'proposed' }, { status: 'confirmed' }, { status: 'proposed' }]), {
      all: 3,
      proposed: 2,
      confirmed: 1,
      rejected: 0,
    });
    assert.deepEqual(statusCounts([]), { all: 0, proposed: 0, confirmed: 0, rejected: 0 });
  });
});

describe('the compared fields', () => {
  const summary: RecordSummary = {
    id: 'D1',
    title: 'Magnesium for nocturnal leg cramps',
    year: 2002,
    authors: ['Roffe C', 'Sills S', 'Crome P'],
    etAl: true,
    journal: 'Med Sci Monit',
    doi: null,
    pmid: '12070433',
    searchId: null,
  };

  it('writes volume, issue and pages as a citation does', () => {
    assert.equal(locator({ volume: '8', issue: '5', pages: 'CR326-330' }), '8(5):CR326-330');
    assert.equal(locator({ volume: '8' }), '8');
    assert.equal(locator({ pages: '326-30' }), '326-30');
    assert.equal(locator({}), '');
  });

  it('takes the summary until the full record is read, then the full record', () => {
    assert.equal(fieldText('authors', summary), 'Roffe C; Sills S; Crome P; et al.');
    assert.equal(fieldText('locator', summary), '');
    assert.equal(fieldText('doi', summary), '');
    const full = {
      id: 'D1',
      authors: [{ family: 'Roffe', given: 'C' }, { literal: 'Leg Cramp Study Group' }],
      volume: '8',
      pages: 'CR326-330',
      doi: '10.1000/msm.2002.1',
    };
    assert.equal(fieldText('authors', summary, full), 'Roffe C; Leg Cramp Study Group');
    assert.equal(fieldText('locator', summary, full), '8:CR326-330');
    assert.equal(fieldText('title', summary, full), 'Magnesium for nocturnal leg cramps', 'falls back to the summary');
    assert.equal(fieldText('year', summary, full), '2002');
  });

  it('cuts a long author list after six', () => {
    const authors = 'ABCDEFGH'.split('').map((family) => ({ family }));
    assert.equal(fieldText('authors', summary, { id: 'D1', authors }), 'A; B; C; D; E; F; et al.');
  });
});

describe('what each role may do with duplicates', () => {
  it('lets owners and reviewers decide, and viewers only look', () => {
    assert.deepEqual(dedupActions('owner'), { run: true, decide: true, merge: true });
    assert.deepEqual(dedupActions('reviewer'), { run: true, decide: true, merge: true });
    assert.deepEqual(dedupActions('viewer'), { run: false, decide: false, merge: false });
  });

  it('offers the two other statuses of a group', () => {
    assert.deepEqual(statusChoices('proposed'), ['confirmed', 'rejected']);
    assert.deepEqual(statusChoices('confirmed'), ['proposed', 'rejected']);
    assert.deepEqual(statusChoices('rejected'), ['proposed', 'confirmed']);
  });
});
