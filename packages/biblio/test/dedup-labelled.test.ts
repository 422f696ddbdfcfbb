/**
 * Deduplication on the labelled sets in the reference data (../shared/data/dedup, from bib-dedupe; cytology screening
 * and haematology from Rathbone et al., Syst Rev 4:6, 2015), read through the CSV reader and scored at record level
 * (src/dedup/evaluate.ts) with the default thresholds, the same for every set.
 *
 * Targets: sensitivity ≥ 0.95 and specificity ≥ 0.995 on each set. Haematology falls short of the sensitivity target.
 * Of its 12 missed duplicates, 4 are errata that the labels group with their article (not consistently: two other
 * errata are labelled apart from their article, and one of those, which we merge with its article, is the one false
 * positive), 4 are trial-registry entries of different trials (adult/adolescent, plasma-sensitive/resistant) labelled
 * as one, 1 is a reply grouped with the letter it answers, and 3 differ in title or in journal, volume and pages (an
 * abstract printed in two journals' supplements, a translated title, a letter under two titles). The published tools
 * do worse on this set (bib-dedupe 0.889 and ASySD 0.807, both at specificity 1, in bib-dedupe's evaluation). The
 * test pins what is reached, so that a change that loses ground fails, and keeps the target as a todo.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { deduplicate, readAll, scoreDeduplication } from '@evidens/biblio';
import { sharedOrSkip } from '../../../test-support/shared-data.js';

async function labelled(dir: string) {
  const { records } = await readAll({ path: join(dir, 'records_pre_merged.csv') }, { format: 'csv' });
  const truth = readFileSync(join(dir, 'merged_record_ids.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.replace(/"/g, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
  const result = deduplicate(records);
  const accuracy = scoreDeduplication(
    records.map((r) => r.id),
    result.groups.map((g) => g.ids),
    truth,
  );
  return { records, truth, result, accuracy };
}

describe('labelled deduplication sets', () => {
  test('cytology screening (1,856 records, 648 true groups): sensitivity ≥ 0.95, specificity ≥ 0.995', async (t) => {
    const dir = sharedOrSkip(t, 'dedup/cytology_screening');
    if (!dir) return;
    const { records, accuracy } = await labelled(dir);
    assert.equal(records.length, 1856);
    assert.equal(accuracy.tp + accuracy.fn, 772, 'true duplicates');
    t.diagnostic(JSON.stringify(accuracy));
    assert.ok(accuracy.sensitivity >= 0.95, `sensitivity ${accuracy.sensitivity}`);
    assert.ok(accuracy.specificity >= 0.995, `specificity ${accuracy.specificity}`);
  });

  test('haematology (1,415 records, 116 true groups): specificity ≥ 0.995, sensitivity as reached', async (t) => {
    const dir = sharedOrSkip(t, 'dedup/haematology');
    if (!dir) return;
    const { records, accuracy, result } = await labelled(dir);
    assert.equal(records.length, 1415);
    assert.equal(accuracy.tp + accuracy.fn, 135, 'true duplicates');
    t.diagnostic(JSON.stringify(accuracy));
    assert.ok(accuracy.specificity >= 0.995, `specificity ${accuracy.specificity}`);
    assert.ok(accuracy.sensitivity >= 0.91, `sensitivity ${accuracy.sensitivity} (reached: 0.911)`);
    // The two records without a title are never merged on bibliographic details alone.
    assert.equal(result.stats.withoutTitle, 2);
  });

  test.todo('haematology: sensitivity ≥ 0.95 (reached 0.911; see the comment at the top of this file)');

  test('special cases (12 records, 3 true groups): all found; the ambiguous pair is left to a person', async (t) => {
    const dir = sharedOrSkip(t, 'dedup/special_cases');
    if (!dir) return;
    const { accuracy, result } = await labelled(dir);
    t.diagnostic(JSON.stringify(accuracy));
    assert.ok(accuracy.sensitivity >= 0.95, `sensitivity ${accuracy.sensitivity}`);
    assert.ok(accuracy.specificity >= 0.995, `specificity ${accuracy.specificity}`);
    // maybe_pairs.csv: the 2021 and 2022 HICSS minitrack introductions (same title and authors, different DOIs).
    const maybe = readFileSync(join(dir, 'maybe_pairs.csv'), 'utf8');
    assert.match(maybe, /id_0000003;id_0000004/);
    const pair = result.uncertain.find((p) => p.ids.join(' ') === 'id_0000003 id_0000004');
    assert.ok(pair, 'the maybe pair is returned as uncertain');
    // The conference paper of 2003 and the journal article of 2004 with the same title are not merged.
    assert.ok(!result.groups.some((g) => g.ids.includes('id_0000012')));
  });
});
