// Each domain algorithm against its published flowchart, written out below path by path (RoB 2 full guidance
// 2019; the crossover variant for domain S). Every combination of answers is tried: it must follow exactly one path
// of the flowchart, and the algorithm must give that path's judgement. Every path must be reached.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type DomainResult,
  domain1,
  domain2,
  domain3,
  domain4,
  domain5,
  domainS,
  type RobAnswer,
  type RobJudgement,
  type RobResponse,
} from '../src/index.js';

type Answers = Record<string, RobResponse>;
type Path = { name: string; when: (a: Answers) => boolean; judgement: RobJudgement };

const YES = (x: RobResponse) => x === 'Y' || x === 'PY';
const NO = (x: RobResponse) => x === 'N' || x === 'PN';
const NI = (x: RobResponse) => x === 'NI';
const ALL: RobResponse[] = ['Y', 'PY', 'PN', 'N', 'NI'];

function* combinations(questions: [string, RobResponse[]][]): Generator<Answers> {
  if (questions.length === 0) {
    yield {};
    return;
  }
  const [[id, options], ...rest] = questions;
  for (const tail of combinations(rest)) for (const answer of options) yield { [id]: answer, ...tail };
}

const wrap = (a: Answers): Record<string, RobAnswer> =>
  Object.fromEntries(Object.entries(a).map(([id, answer]) => [id, { answer }]));

function exhaust(
  algorithm: (a: Record<string, RobAnswer>) => DomainResult,
  questions: [string, RobResponse[]][],
  paths: Path[],
) {
  const reached = new Set<string>();
  let n = 0;
  for (const answers of combinations(questions)) {
    n++;
    const matching = paths.filter((p) => p.when(answers));
    assert.equal(matching.length, 1, `${JSON.stringify(answers)} follows ${matching.length} paths`);
    reached.add(matching[0].name);
    const result = algorithm(wrap(answers));
    assert.equal(result.judgement, matching[0].judgement, `${JSON.stringify(answers)} (${matching[0].name})`);
    assert.deepEqual(result.missing, []);
  }
  assert.deepEqual([...reached].sort(), paths.map((p) => p.name).sort(), 'every path is reached');
  return n;
}

test('domain 1, randomization process: all 125 answer sets over the 6 paths', () => {
  const paths: Path[] = [
    { name: '1.2 N/PN', when: (a) => NO(a['1.2']), judgement: 'high' },
    { name: '1.2 Y/PY, 1.1 N/PN', when: (a) => YES(a['1.2']) && NO(a['1.1']), judgement: 'some-concerns' },
    {
      name: '1.2 Y/PY, 1.1 Y/PY/NI, 1.3 Y/PY',
      when: (a) => YES(a['1.2']) && !NO(a['1.1']) && YES(a['1.3']),
      judgement: 'some-concerns',
    },
    {
      name: '1.2 Y/PY, 1.1 Y/PY/NI, 1.3 N/PN/NI',
      when: (a) => YES(a['1.2']) && !NO(a['1.1']) && !YES(a['1.3']),
      judgement: 'low',
    },
    { name: '1.2 NI, 1.3 Y/PY', when: (a) => NI(a['1.2']) && YES(a['1.3']), judgement: 'high' },
    { name: '1.2 NI, 1.3 N/PN/NI', when: (a) => NI(a['1.2']) && !YES(a['1.3']), judgement: 'some-concerns' },
  ];
  const n = exhaust(
    domain1,
    [
      ['1.1', ALL],
      ['1.2', ALL],
      ['1.3', ALL],
    ],
    paths,
  );
  assert.equal(n, 125);
});

test('domain 2, deviations (effect of assignment): part 1 × part 2, all 78 125 answer sets', () => {
  const aware = (a: Answers) => !(NO(a['2.1']) && NO(a['2.2']));
  const part1: Path[] = [
    { name: 'unaware', when: (a) => !aware(a), judgement: 'low' },
    { name: '2.3 N/PN', when: (a) => aware(a) && NO(a['2.3']), judgement: 'low' },
    { name: '2.3 NI', when: (a) => aware(a) && NI(a['2.3']), judgement: 'some-concerns' },
    { name: '2.3 Y/PY, 2.4 N/PN', when: (a) => aware(a) && YES(a['2.3']) && NO(a['2.4']), judgement: 'some-concerns' },
    {
      name: '2.4 Y/PY/NI, 2.5 Y/PY',
      when: (a) => aware(a) && YES(a['2.3']) && !NO(a['2.4']) && YES(a['2.5']),
      judgement: 'some-concerns',
    },
    {
      name: '2.4 Y/PY/NI, 2.5 N/PN/NI',
      when: (a) => aware(a) && YES(a['2.3']) && !NO(a['2.4']) && !YES(a['2.5']),
      judgement: 'high',
    },
  ];
  const part2: Path[] = [
    { name: '2.6 Y/PY', when: (a) => YES(a['2.6']), judgement: 'low' },
    { name: '2.6 N/PN/NI, 2.7 N/PN', when: (a) => !YES(a['2.6']) && NO(a['2.7']), judgement: 'some-concerns' },
    { name: '2.6 N/PN/NI, 2.7 Y/PY/NI', when: (a) => !YES(a['2.6']) && !NO(a['2.7']), judgement: 'high' },
  ];
  // The two parts combine: low if both are low, high if either is high, some concerns otherwise.
  const combine = (x: RobJudgement, y: RobJudgement): RobJudgement =>
    x === 'high' || y === 'high' ? 'high' : x === 'low' && y === 'low' ? 'low' : 'some-concerns';
  const paths = part1.flatMap((p) =>
    part2.map((q) => ({
      name: `${p.name} | ${q.name}`,
      when: (a: Answers) => p.when(a) && q.when(a),
      judgement: combine(p.judgement, q.judgement),
    })),
  );
  const questions: [string, RobResponse[]][] = ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'].map((id) => [id, ALL]);
  assert.equal(exhaust(domain2, questions, paths), 5 ** 7);
});

test('domain 3, missing outcome data: all answer sets (3.2 takes no NI) over the 5 paths', () => {
  const early = (a: Answers) => !YES(a['3.1']) && NO(a['3.2']);
  const paths: Path[] = [
    { name: '3.1 Y/PY', when: (a) => YES(a['3.1']), judgement: 'low' },
    { name: '3.2 Y/PY', when: (a) => !YES(a['3.1']) && YES(a['3.2']), judgement: 'low' },
    { name: '3.3 N/PN', when: (a) => early(a) && NO(a['3.3']), judgement: 'low' },
    {
      name: '3.3 Y/PY/NI, 3.4 N/PN',
      when: (a) => early(a) && !NO(a['3.3']) && NO(a['3.4']),
      judgement: 'some-concerns',
    },
    { name: '3.3 Y/PY/NI, 3.4 Y/PY/NI', when: (a) => early(a) && !NO(a['3.3']) && !NO(a['3.4']), judgement: 'high' },
  ];
  const n = exhaust(
    domain3,
    [
      ['3.1', ALL],
      ['3.2', ['Y', 'PY', 'PN', 'N']],
      ['3.3', ALL],
      ['3.4', ALL],
    ],
    paths,
  );
  assert.equal(n, 5 * 4 * 5 * 5);
});

test('domain 4, measurement of the outcome: all 3 125 answer sets over the 10 paths', () => {
  const chain = (a: Answers, on42: (x: RobResponse) => boolean) => !YES(a['4.1']) && on42(a['4.2']);
  const paths: Path[] = [
    { name: '4.1 Y/PY', when: (a) => YES(a['4.1']), judgement: 'high' },
    { name: '4.2 Y/PY', when: (a) => !YES(a['4.1']) && YES(a['4.2']), judgement: 'high' },
  ];
  for (const [label, on42, best] of [
    ['4.2 N/PN', NO, 'low'],
    ['4.2 NI', NI, 'some-concerns'],
  ] as const) {
    paths.push(
      { name: `${label}, 4.3 N/PN`, when: (a) => chain(a, on42) && NO(a['4.3']), judgement: best },
      { name: `${label}, 4.4 N/PN`, when: (a) => chain(a, on42) && !NO(a['4.3']) && NO(a['4.4']), judgement: best },
      {
        name: `${label}, 4.5 N/PN`,
        when: (a) => chain(a, on42) && !NO(a['4.3']) && !NO(a['4.4']) && NO(a['4.5']),
        judgement: 'some-concerns',
      },
      {
        name: `${label}, 4.5 Y/PY/NI`,
        when: (a) => chain(a, on42) && !NO(a['4.3']) && !NO(a['4.4']) && !NO(a['4.5']),
        judgement: 'high',
      },
    );
  }
  const questions: [string, RobResponse[]][] = ['4.1', '4.2', '4.3', '4.4', '4.5'].map((id) => [id, ALL]);
  assert.equal(exhaust(domain4, questions, paths), 5 ** 5);
});

test('domain 5, selection of the reported result: all 125 answer sets over the 4 paths', () => {
  const paths: Path[] = [
    { name: '5.2 or 5.3 Y/PY', when: (a) => YES(a['5.2']) || YES(a['5.3']), judgement: 'high' },
    {
      name: 'no Y/PY, an NI',
      when: (a) => !YES(a['5.2']) && !YES(a['5.3']) && (NI(a['5.2']) || NI(a['5.3'])),
      judgement: 'some-concerns',
    },
    { name: 'both N/PN, 5.1 Y/PY', when: (a) => NO(a['5.2']) && NO(a['5.3']) && YES(a['5.1']), judgement: 'low' },
    {
      name: 'both N/PN, 5.1 N/PN/NI',
      when: (a) => NO(a['5.2']) && NO(a['5.3']) && !YES(a['5.1']),
      judgement: 'some-concerns',
    },
  ];
  assert.equal(
    exhaust(
      domain5,
      [
        ['5.1', ALL],
        ['5.2', ALL],
        ['5.3', ALL],
      ],
      paths,
    ),
    125,
  );
});

test('domain S, period and carryover effects (crossover): all 125 answer sets over the 5 paths', () => {
  const periodHandled = (a: Answers) => YES(a['S.1']) || YES(a['S.2']);
  const paths: Path[] = [
    { name: 'S.3 N/PN', when: (a) => NO(a['S.3']), judgement: 'high' },
    { name: 'S.3 NI', when: (a) => NI(a['S.3']), judgement: 'some-concerns' },
    { name: 'S.1 Y/PY, S.3 Y/PY', when: (a) => YES(a['S.1']) && YES(a['S.3']), judgement: 'low' },
    { name: 'S.2 Y/PY, S.3 Y/PY', when: (a) => !YES(a['S.1']) && YES(a['S.2']) && YES(a['S.3']), judgement: 'low' },
    {
      name: 'period not handled, S.3 Y/PY',
      when: (a) => !periodHandled(a) && YES(a['S.3']),
      judgement: 'some-concerns',
    },
  ];
  assert.equal(
    exhaust(
      domainS,
      [
        ['S.1', ALL],
        ['S.2', ALL],
        ['S.3', ALL],
      ],
      paths,
    ),
    125,
  );
});

test('the path taken is recorded, and only the questions the flowchart reaches are read', () => {
  const r = domain1(wrap({ '1.1': 'N', '1.2': 'PY', '1.3': 'Y' }));
  assert.deepEqual(r.path, ['1.2 PY', '1.1 N']);
  assert.equal(r.rule, 'allocation was concealed but the sequence was not random');
  const s = domainS(wrap({ 'S.1': 'Y', 'S.3': 'PY' }));
  assert.deepEqual(s.path, ['S.1 Y', 'S.3 PY'], 'S.2 is not asked when the sequences are balanced');
});

test('an unanswered question on the path, or NA where an answer is needed, leaves the domain unjudged', () => {
  const r = domain1(wrap({ '1.2': 'Y', '1.3': 'N' }));
  assert.equal(r.judgement, undefined);
  assert.deepEqual(r.missing, ['1.1']);
  assert.equal(r.rule, 'cannot be judged: 1.1 unanswered');
  const na = domain3(wrap({ '3.1': 'N', '3.2': 'NA' }));
  assert.equal(na.judgement, undefined);
  assert.deepEqual(na.missing, ['3.2']);
  assert.equal(domain4({}).judgement, undefined);
  // Questions off the path need no answer: 2.3–2.5 and 2.7 when participants and carers were blinded.
  assert.equal(domain2(wrap({ '2.1': 'N', '2.2': 'PN', '2.6': 'Y' })).judgement, 'low');
});

test('a high part or question decides the domain even when other questions are unanswered', () => {
  const d2 = domain2(wrap({ '2.6': 'N', '2.7': 'Y' }));
  assert.equal(d2.judgement, 'high');
  assert.deepEqual(d2.missing, ['2.1', '2.2']);
  const d5 = domain5(wrap({ '5.2': 'PY' }));
  assert.equal(d5.judgement, 'high');
  assert.deepEqual(d5.missing, ['5.3']);
});
