import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRoute, routeHref } from '../src/route';
import { keyAction } from '../src/screening/keys';

describe('routes', () => {
  it('reads each page from the hash', () => {
    assert.deepEqual(parseRoute(''), { page: 'reviews' });
    assert.deepEqual(parseRoute('#/reviews'), { page: 'reviews' });
    assert.deepEqual(parseRoute('#/reviews/new'), { page: 'new-review' });
    assert.deepEqual(parseRoute('#/reviews/r1'), { page: 'review', id: 'r1', section: 'overview' });
    assert.deepEqual(parseRoute('#/reviews/r1/screening'), { page: 'review', id: 'r1', section: 'screening' });
    assert.deepEqual(parseRoute('#/reviews/r1/nonsense'), { page: 'not-found' });
    assert.deepEqual(parseRoute('#/elsewhere'), { page: 'not-found' });
  });

  it('writes hashes that read back to the same route', () => {
    const route = { page: 'review', id: 'a b/c', section: 'analysis' } as const;
    assert.equal(routeHref(route), '#/reviews/a%20b%2Fc/analysis');
    assert.deepEqual(parseRoute(routeHref(route)), route);
  });
});

describe('screening keys', () => {
  it('maps the shortcuts shown on screen', () => {
    assert.equal(keyAction({ key: 'i' }), 'include');
    assert.equal(keyAction({ key: 'E' }), 'exclude');
    assert.equal(keyAction({ key: 'm' }), 'maybe');
    assert.equal(keyAction({ key: 'u' }), 'undo');
    assert.equal(keyAction({ key: 'n' }), 'next');
    assert.equal(keyAction({ key: 'ArrowRight' }), 'next');
    assert.equal(keyAction({ key: 'x' }), undefined);
  });

  it('ignores keys while typing or with a modifier', () => {
    assert.equal(keyAction({ key: 'i', target: 'input' }), undefined);
    assert.equal(keyAction({ key: 'e', target: 'textarea' }), undefined);
    assert.equal(keyAction({ key: 'i', target: 'editable' }), undefined);
    assert.equal(keyAction({ key: 'i', ctrl: true }), undefined);
    assert.equal(keyAction({ key: 'i', target: 'button' }), 'include');
  });
});
