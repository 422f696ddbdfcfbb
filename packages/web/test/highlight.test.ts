import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlight, questionStems } from '../src/highlight';

describe('questionStems', () => {
  it('takes the words of the question, stemmed, without stop words, numbers or short words', () => {
    assert.deepEqual(questionStems(['Adults with nocturnal leg cramps', 'Oral magnesium', undefined, 'Placebo 2x']), [
      'nocturnal',
      'leg',
      'cramp',
      'magnesium',
      'placebo',
    ]);
  });

  it('keeps Danish letters', () => {
    assert.deepEqual(questionStems(['Voksne med lægkramper']), ['voksne', 'lægkramper']);
  });
});

describe('highlight', () => {
  it('marks words that start with a stem and gives the text back unchanged', () => {
    const text = 'Magnesium for cramps: a trial of cramping in pregnancy (magnesium-citrate).';
    const segments = highlight(text, ['magnesium', 'cramp']);
    assert.equal(segments.map((s) => s.text).join(''), text);
    assert.deepEqual(
      segments.filter((s) => s.hit).map((s) => s.text),
      ['Magnesium', 'cramps', 'cramping', 'magnesium'],
    );
  });

  it('does not mark a stem in the middle of a word', () => {
    assert.deepEqual(highlight('Leg and sleg', ['leg']), [
      { text: 'Leg', hit: true },
      { text: ' and sleg', hit: false },
    ]);
  });

  it('merges neighbouring hits only through the text between them', () => {
    assert.deepEqual(highlight('leg cramps', ['leg', 'cramp']), [
      { text: 'leg', hit: true },
      { text: ' ', hit: false },
      { text: 'cramps', hit: true },
    ]);
  });

  it('returns no segments for empty text and one plain segment without stems', () => {
    assert.deepEqual(highlight('', ['leg']), []);
    assert.deepEqual(highlight('Leg cramps', []), [{ text: 'Leg cramps', hit: false }]);
  });
});
