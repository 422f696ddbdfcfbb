/**
 * What the server and the pure packages say, in the page's language. They speak English, in a few hundred fixed
 * sentence shapes (ApiError and StoreError messages, validation issues, job progress, duplicate evidence, GRADE
 * proposals, RoB 2 rules); areas/server.ts holds each shape as an English template beside its Danish one. Here the
 * English templates become patterns: a message that fits one comes back in Danish with its values (paths, ids,
 * numbers, quoted values) carried over; a message that fits none comes back unchanged, never half-translated.
 * Pure: no React, no DOM.
 */
import { serverWords } from './areas/server';

export type ServerLanguage = 'da' | 'en';
type Key = keyof typeof serverWords.en;

interface Pattern {
  key: Key;
  re: RegExp;
  names: string[];
}

/** Placeholders that always hold a number, matched as one so that neighbouring placeholders split right. */
const NUMERIC = new Set(['num', 'num2', 'n', 'k', 'i2', 'level', 'total']);
const DIGITS = '-?(?:\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?|Infinity)|NaN';
/** `num` may carry the measure in front, as GRADE's scale shows it: "MD -0.41", "RR 0.79". */
const numberPattern = (name: string) => (name.startsWith('num') ? `((?:[A-Za-z]+ )?(?:${DIGITS}))` : `(${DIGITS})`);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(key: Key): Pattern {
  const names: string[] = [];
  const parts = serverWords.en[key].split(/\{(\w+)\}/);
  const source = parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeRegExp(part);
      names.push(part);
      return NUMERIC.has(part) ? numberPattern(part) : '(.*?)';
    })
    .join('');
  return { key, re: new RegExp(`^${source}$`, 's'), names };
}

const keys = Object.keys(serverWords.en) as Key[];
const group = (prefixes: string[]) => keys.filter((k) => prefixes.some((p) => k.startsWith(p))).map(compile);
/** Whole messages: errors, jobs, duplicate evidence, GRADE reasons, RoB 2 rules, what the readers report. */
const WHOLE = group(['server.m.', 'server.job.', 'server.dup.', 'server.grade.', 'server.rob.', 'server.read.']);
/** What follows the field path of a validation issue. */
const FIELD = group(['server.v.']);
const DECISION = compile('server.w.decision');
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const da = (key: Key, vars: Record<string, string> = {}) =>
  serverWords.da[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

/** A word of the server's own (a role, a kind of record) in Danish, or the word itself. */
function word(value: string): string {
  return knownWord(value) ?? value;
}

/** A word of the server's own in Danish, or undefined for a word it does not use. */
function knownWord(value: string): string | undefined {
  const key = `server.w.${value}` as Key;
  return key in serverWords.da ? da(key) : undefined;
}

/** "study s1", "record 123 in this review", "the decision of ann on record 7 at title-abstract". */
function what(value: string): string | undefined {
  const decision = DECISION.re.exec(value);
  const vars = decision ? fill(DECISION, decision) : undefined;
  if (vars) return da('server.w.decision', vars);
  const m =
    /^(study|data|rob|grade|record|review|job|duplicate group|user|member|invitation with this token)( .+?)?( in this review)?$/.exec(
      value,
    );
  if (!m) return undefined;
  return `${word(m[1])}${m[2] ?? ''}${m[3] ? ` ${word('in this review')}` : ''}`;
}

/** The value after "got": "nothing", "an empty text", "3 of 2" in Danish; a quoted or plain value as it is. */
function got(value: string): string {
  const words: Record<string, Key> = {
    nothing: 'server.w.nothing',
    'an empty value': 'server.w.emptyValue',
    'a list': 'server.w.list',
    'a map': 'server.w.map',
    'an empty text': 'server.w.emptyText',
  };
  if (words[value]) return da(words[value]);
  const of = /^(\S+) of (\S+)$/.exec(value);
  return of ? da('server.w.of', { a: of[1], b: of[2] }) : value;
}

/** A decimal number with the Danish comma; anything else as it is. */
const decimal = (value: string) => value.replace(/(\d)\.(\d)/, '$1,$2');

/**
 * How each kind of placeholder is carried into Danish; names not listed keep their value. Undefined means the value
 * cannot be what the template speaks of, so the template does not fit (`{kind} and {kind2}` only for record kinds).
 */
const CARRY: Record<string, (value: string) => string | undefined> = {
  what,
  role: word,
  role2: word,
  you: word,
  kind: knownWord,
  kind2: knownWord,
  idName: (v) => (v === 'DOI' || v === 'PMID' ? v : undefined),
  idName2: (v) => (v === 'DOI' || v === 'PMID' ? v : undefined),
  num: decimal,
  num2: decimal,
  got: (v) => {
    const m = /^\(got (.*)\)$/.exec(v);
    return m ? da('server.got', { got: got(m[1]) }) : v;
  },
  msg: (v) => known(v) ?? v,
  ci: (v) => known(v) ?? v,
  pi: (v) => (v === '' ? '' : known(v)),
  x: (v) => known(v) ?? v,
};

/** The Danish values of a match, or undefined when one of them rules the template out. */
function fill(pattern: Pattern, m: RegExpExecArray): Record<string, string> | undefined {
  const vars: Record<string, string> = {};
  for (const [i, name] of pattern.names.entries()) {
    const carried = CARRY[name] ? CARRY[name](m[i + 1]) : m[i + 1];
    if (carried === undefined) return undefined;
    vars[name] = carried;
  }
  return vars;
}

/** The Danish of the first pattern `text` fits; error messages (server.m.*) start with a capital, file names aside. */
function firstMatch(patterns: readonly Pattern[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.re.exec(text);
    const vars = m ? fill(p, m) : undefined;
    if (!vars) continue;
    const said = da(p.key, vars);
    // A message that starts with a file name keeps the name as it is.
    return p.key.startsWith('server.m.') && !serverWords.en[p.key].startsWith('{file}') ? upperFirst(said) : said;
  }
  return undefined;
}

/** What follows a field path: "must be a positive whole number (got -3)". */
function fieldText(text: string): string | undefined {
  const m = /^(.*?) \(got (.*)\)$/s.exec(text);
  const core = m ? m[1] : text;
  const said = firstMatch(FIELD, core);
  if (said === undefined) return undefined;
  return m ? `${said} ${da('server.got', { got: got(m[2]) })}` : said;
}

/** The Danish for a known message, or undefined. */
function known(text: string): string | undefined {
  const whole = firstMatch(WHOLE, text);
  if (whole !== undefined) return whole;
  const more = /^(.*) \(and (\d+) more\)$/s.exec(text);
  if (more) {
    const core = known(more[1]);
    return core === undefined ? undefined : `${core} ${da('server.more', { n: more[2] })}`;
  }
  const file = /^(\S+\.(?:yaml|yml|csv|jsonl|json|md|txt))(?: line (\d+))?: (.+)$/s.exec(text);
  if (file) {
    const rest = known(file[3]);
    if (rest === undefined) return undefined;
    return `${file[2] ? da('server.line', { file: file[1], line: file[2] }) : file[1]}: ${rest}`;
  }
  const field = /^(\S+) (.+)$/s.exec(text);
  const rest = field ? fieldText(field[2]) : undefined;
  if (field && rest !== undefined) return `${field[1]} ${rest}`;
  const labelled = /^([^\s:]+): (.+)$/s.exec(text);
  if (labelled) {
    const right = known(labelled[2]);
    if (right !== undefined) return `${labelled[1]}: ${right}`;
  }
  if (text.includes('; ')) {
    const parts = text.split('; ').map(known);
    if (parts.every((p) => p !== undefined)) return parts.join('; ');
  }
  return undefined;
}

/**
 * A message of the server or of a pure package in the page's language: English as it is; Danish when its shape is
 * known, with the values kept; otherwise unchanged.
 * @example
 * serverText('da', 'arms[0].randomised must be a positive whole number (got -3)');
 * // → 'arms[0].randomised skal være et positivt helt tal (angivet: -3)'
 * serverText('da', 'the same DOI 10.1002/x'); // → 'samme DOI 10.1002/x'
 * serverText('da', 'something new'); // → 'something new'
 */
export function serverText(lang: ServerLanguage, text: string): string {
  if (lang === 'en' || text === '') return text;
  return known(text) ?? text;
}

/** Whether `serverText` knows `text` (for Danish). */
export function isKnownServerText(text: string): boolean {
  return known(text) !== undefined;
}

/**
 * An error envelope's message in the page's language. In Danish an unknown message gets the headline of its code
 * before it, so the reader learns at least what kind of failure it was.
 * @example
 * serverError('da', 'version_conflict', 'a new kind of conflict');
 * // → 'En anden har ændret dette, siden du hentede det — a new kind of conflict'
 */
export function serverError(lang: ServerLanguage, code: string, message: string): string {
  if (lang === 'en') return message;
  const said = known(message);
  if (said !== undefined) return said;
  const key = `server.code.${code}` as Key;
  return key in serverWords.da ? (message ? `${da(key)} — ${message}` : da(key)) : message;
}
