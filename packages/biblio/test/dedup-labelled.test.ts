/**
 * Deduplication on the labelled sets in the reference data (../shared/data/dedup, from bib-dedupe; cytology screening
 * and haematology from Rathbone et al., Syst Rev 4:6, 2015), read through the CSV reader and scored at record level
 * (src/dedup/evaluate.ts) with the default thresholds, the same for every set.
 *
 * Targets: sensitivity ≥ 0.95 and specificity ≥ 0.995 on each set: met on all three. Haematology's 6 missed
 * duplicates are 4 trial-registry entries of different trials (adult/adolescent, plasma-sensitive/resistant) that the
 * labels group as one, a reply grouped with the letter it answers (other authors, other page), and a letter indexed
 * under two titles. The labels are not consistent about errata and meeting abstracts: haematology groups four errata
 * with their articles and keeps two apart, and groups an abstract printed in two journals' supplements while
 * cytology screening keeps such a pair apart. We join an erratum to its article when a title cites the other's
 * place, and a meeting abstract printed in two journals' supplements; the 3 false positives (2 in haematology, 1 in
 * cytology screening) are the pairs the labels keep apart. The published tools do worse on haematology (bib-dedupe
 * 0.889 and ASySD 0.807, both at specificity 1, in bib-dedupe's evaluation).
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

  test('haematology (1,415 records, 116 true groups): sensitivity ≥ 0.95, specificity ≥ 0.995', async (t) => {
    const dir = sharedOrSkip(t, 'dedup/haematology');
    if (!dir) return;
    const { records, accuracy, result } = await labelled(dir);
    assert.equal(records.length, 1415);
    assert.equal(accuracy.tp + accuracy.fn, 135, 'true duplicates');
    t.diagnostic(JSON.stringify(accuracy));
    assert.ok(accuracy.specificity >= 0.995, `specificity ${accuracy.specificity}`);
    assert.ok(accuracy.sensitivity >= 0.95, `sensitivity ${accuracy.sensitivity}`);
    // The two records without a title are never merged on bibliographic details alone.
    assert.equal(result.stats.withoutTitle, 2);
    const groupOf = (id: string) => result.groups.find((g) => g.ids.includes(id))?.ids ?? [id];
    // Errata joined to their articles through the citations in the titles: MEDLINE's "[Erratum appears in …]" on the
    // article (85(11):911, 9(9):2205, 104(25)), Web of Science's "(vol 360, pg 542, 2009)" on the erratum.
    assert.ok(groupOf('id_0000161').includes('id_0000162'));
    assert.ok(groupOf('id_0000117').includes('id_0000807'));
    assert.ok(groupOf('id_0000175').includes('id_0001173'));
    assert.ok(groupOf('id_0000063').includes('id_0000058'));
    // The translated title, placed by journal, volume and the whole page range 30-38.
    assert.ok(groupOf('id_0000230').includes('id_0000231'));
    // A meeting abstract printed in two journals' supplements.
    assert.ok(groupOf('id_0000134').includes('id_0000135'));
    // Trials of adults and of adolescents stay apart.
    assert.ok(!groupOf('id_0000234').includes('id_0000236'));
  });

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
