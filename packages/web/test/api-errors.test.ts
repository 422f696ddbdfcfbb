import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiFailure, failureOf, messageOf, networkFailure } from '../src/api/errors';
import { readConflicts } from '../src/screening/conflicts';

describe('failureOf', () => {
  it('takes code, message and details from the error envelope', () => {
    const f = failureOf(
      409,
      '{"error":{"code":"version_conflict","message":"the item changed","details":{"current":3}}}',
    );
    assert.equal(f.status, 409);
    assert.equal(f.code, 'version_conflict');
    assert.equal(f.message, 'the item changed');
    assert.deepEqual(f.details, { current: 3 });
  });

  it('names each field of a validation error', () => {
    const body = {
      error: {
        code: 'invalid',
        message: 'the data entry is not valid',
        details: [
          { path: ['arms', 'intervention', 'sd'], message: 'must be positive' },
          { path: 'study', message: 'required' },
        ],
      },
    };
    assert.equal(
      failureOf(422, JSON.stringify(body)).message,
      'the data entry is not valid: arms.intervention.sd: must be positive; study: required',
    );
  });

  it('turns a body that is not the envelope into a plain sentence, never the body itself', () => {
    const html = failureOf(502, '<html><body>Bad gateway at /srv/app.js:12</body></html>');
    assert.equal(html.code, 'unexpected');
    assert.equal(html.message, 'The server answered in a way the page did not expect (502).');
    assert.equal(failureOf(500, '{"stack":"Error at x"}').message.includes('stack'), false);
  });

  it('uses the given words', () => {
    const words = { network: 'Serveren kunne ikke nås.', unexpected: (s: number) => `Uventet svar (${s}).` };
    assert.equal(failureOf(500, 'oops', words).message, 'Uventet svar (500).');
    assert.equal(networkFailure(words).message, 'Serveren kunne ikke nås.');
    assert.equal(networkFailure(words).status, 0);
  });

  it('shows an ApiFailure as its message and anything else as a plain sentence', () => {
    assert.equal(messageOf(new ApiFailure(404, 'not_found', 'no such review')), 'no such review');
    assert.equal(
      messageOf(new TypeError('x is undefined')),
      'The server answered in a way the page did not expect (0).',
    );
  });
});

describe('readConflicts', () => {
  it('reads a list of records with decisions as an array or by reviewer', () => {
    const answer = {
      items: [
        {
          record: { id: 'r1', title: 'A' },
          decisions: [
            { reviewer: 'SBL', decision: 'include' },
            { reviewer: 'IMR', decision: 'exclude', reason: 'design' },
          ],
        },
        { recordId: 'r2', title: 'B', decisions: { SBL: 'exclude', IMR: { decision: 'include' } } },
      ],
    };
    assert.deepEqual(readConflicts(answer), [
      {
        record: { id: 'r1', title: 'A' },
        decisions: [
          { reviewer: 'SBL', decision: 'include' },
          { reviewer: 'IMR', decision: 'exclude', reason: 'design' },
        ],
      },
      {
        record: { id: 'r2', title: 'B' },
        decisions: [
          { reviewer: 'SBL', decision: 'exclude' },
          { reviewer: 'IMR', decision: 'include', reason: undefined },
        ],
      },
    ]);
    assert.deepEqual(readConflicts({ conflicts: [] }), []);
    assert.deepEqual(readConflicts(null), []);
  });
});
