// YAML written for people and read back by the loader: text that looks like something else stays text, numbers keep
// their value, question ids stay keys of text, multi-line text is a block, and the same value gives the same bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { toYaml } from '../src/index.js';

const read = (text: string, version: '1.1' | '1.2' = '1.2') => parseDocument(text, { version }).toJS();

// Texts a careless writer turns into dates, numbers, booleans, nulls, aliases, comments or other YAML.
const TRICKY = [
  ...['2014-02', '2014-01-15', '2014-01-20T10:12:00', '2014', '1.1', '0.5', '1e3', '.5', '+1', '-0', '007', '1_000'],
  ...['0x1F', '0o17', '1:20', '.inf', '-.Inf', '.nan', 'NaN', 'Inf', 'NA'],
  ...['Y', 'N', 'y', 'n', 'yes', 'No', 'on', 'OFF', 'true', 'False', 'null', 'Null', '~', ''],
  ...['  lead', 'trail  ', 'a: b', 'a #c', '#c', '- d', '[x]', '{y}', '"q"', "'s'", '<<', '=', '%x', '@x', '`x'],
  ...['!x', '&x', '*x', '|', '>', '?', ':', '? x', 'tab\tx', 'x\r', 'a\u0007b', 'æøå', '1,5', '10 mg'],
];
const MULTI_LINE = ['a\nb', 'a\nb\n', 'a\n\n', '\n', '\nlead', ' \n', '  x\ny', 'cr\r\nx', 'trail \nx'];

test('tricky texts read back as the same texts, in YAML 1.2 and in YAML 1.1', () => {
  const value = { texts: [...TRICKY, ...MULTI_LINE], nested: [{ answers: { '1.1': 'Y', 'S.2': 'NA' } }] };
  const text = toYaml(value);
  assert.deepEqual(read(text), value);
  assert.deepEqual(read(text, '1.1'), value);
});

test('texts that look like dates, numbers, booleans or nulls are quoted', () => {
  for (const text of ['2014-02', '2014-01-15', '1.1', '0.5', 'Y', 'N', 'NA', 'yes', 'no', 'null', '~', '007']) {
    assert.equal(toYaml({ v: text }), `v: ${JSON.stringify(text)}\n`, text);
  }
  // Ordinary text, RoB 2 answers that no reader mistakes, and text with a comma or a unit, stay plain.
  for (const text of ['Placebo', 'PY', 'NI', 'PN', '10 mg', '1,5', 'J Fam Pract 1999;48(11):868-71']) {
    assert.equal(toYaml({ v: text }), `v: ${text}\n`, text);
  }
});

test('keys like 1.1 stay text; field names such as n stay plain', () => {
  const text = toYaml({ answers: { '1.1': 'PY', 'S.1': 'N', '2014-02': 1 }, n: 42, y: 1 });
  assert.equal(text, 'answers: { "1.1": PY, S.1: "N", "2014-02": 1 }\nn: 42\ny: 1\n');
  assert.deepEqual(Object.keys(read(text).answers), ['1.1', 'S.1', '2014-02']);
});

test('numbers keep their value, and text that is a number stays text', () => {
  const numbers = [
    0,
    -0,
    1,
    -3,
    1.5,
    0.1 + 0.2,
    1e21,
    1e-7,
    2 ** 53 - 1,
    2 ** 60,
    Number.NaN,
    Number.NEGATIVE_INFINITY,
  ];
  const value = { numbers, texts: numbers.map(String) };
  const back = read(toYaml(value));
  assert.deepEqual(back, value);
  assert.ok(Object.is(back.numbers[1], -0), '-0 stays -0');
  assert.equal(toYaml({ mid: 1.25, pmid: '10907623' }), 'mid: 1.25\npmid: "10907623"\n');
});

test('multi-line text is a literal block scalar, with its final line breaks kept', () => {
  assert.equal(toYaml({ notes: 'One.\nTwo.\n' }), 'notes: |\n  One.\n  Two.\n');
  assert.equal(toYaml({ notes: 'One.\nTwo.' }), 'notes: |-\n  One.\n  Two.\n');
  assert.equal(toYaml({ notes: 'One.\n\n' }), 'notes: |+\n  One.\n\n');
  assert.equal(toYaml({ notes: '  indented\nnot' }), 'notes: |2-\n    indented\n  not\n');
  assert.equal(toYaml({ notes: ' \nx' }), 'notes: |2-\n   \n  x\n');
  // Only spaces and a line break: the `yaml` package's block would read back as "\n", so the text is quoted.
  assert.equal(toYaml({ notes: ' \n' }), 'notes: "\\ \\n"\n');
  const long = { background: `${'word '.repeat(40)}\n\nSecond paragraph.` };
  assert.deepEqual(read(toYaml(long)), long, 'long lines are not folded');
});

test('short maps and lists of single-line values go on one line; the root and maps of collections stay blocks', () => {
  const value = {
    arms: { intervention: { mean: 9.5, sd: 5.1, n: 21 }, comparator: { mean: 7.7, sd: 4.7, n: 17 } },
    outcomes: ['cramps-per-week', 'responders'],
    notes: { a: 'x'.repeat(100) },
    empty: { list: [], map: {} },
  };
  assert.equal(
    toYaml(value),
    [
      'arms:',
      '  intervention: { mean: 9.5, sd: 5.1, n: 21 }',
      '  comparator: { mean: 7.7, sd: 4.7, n: 17 }',
      'outcomes: [ cramps-per-week, responders ]',
      'notes:',
      `  a: ${'x'.repeat(100)}`,
      'empty:',
      '  list: []',
      '  map: {}',
      '',
    ].join('\n'),
  );
  assert.equal(toYaml({ title: 'T' }), 'title: T\n');
});

test('the same value gives the same bytes; a shared object is written out twice, not as an alias', () => {
  const arm = { mean: 1, sd: 2, n: 3 };
  const value = { a: arm, b: arm };
  assert.equal(toYaml(value), toYaml(structuredClone(value)));
  assert.doesNotMatch(toYaml(value), /[&*]/);
});

test('the documented example', () => {
  assert.equal(
    toYaml({ date: '2014-02', hits: 2, arm: { mean: 9.5, n: 21 }, answer: 'Y', notes: 'One.\nTwo.\n' }),
    'date: "2014-02"\nhits: 2\narm: { mean: 9.5, n: 21 }\nanswer: "Y"\nnotes: |\n  One.\n  Two.\n',
  );
});
