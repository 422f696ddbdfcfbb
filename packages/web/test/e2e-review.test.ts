/**
 * End to end: a whole review walked through in headless Chromium against a real team-mode server (in-process, on a
 * fresh SQLite file store, serving the built page). The owner signs up, creates the review with the wizard, imports a
 * RIS file, confirms the duplicates, invites a reviewer who signs up through the link; both screen every record with
 * the keyboard and disagree once, the owner reconciles; two parallel trials are described and their means entered,
 * one result is judged with RoB 2, the pooled MD is checked against @evidens/meta's rma computed here from the same
 * numbers, and the HTML and DOCX reports are downloaded and read. Screenshots of each main page go to
 * test/screenshots/review-*.png. Skipped when /usr/bin/chromium is missing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rma } from '@evidens/meta';
import { type RunningServer, startServer } from '@evidens/server';
import { openStore, type Store } from '@evidens/store';
import type { Browser, Page } from 'playwright-core';
import { formatNumber } from '../src/i18n/messages';
import { launchBrowser, openPerson, SHOTS, shot, skipWithoutChromium } from './support/browser';
import { DIST, ensureBuilt } from './support/build';
import { callApi, fillSignUp, type Person, statusOf } from './support/session';

const RIS = fileURLToPath(new URL('./fixtures/trials.ris', import.meta.url));
const TITLE = 'Oral magnesium for leg cramps: an end-to-end review';
const OWNER: Person = { email: 'owner@example.org', name: 'Olivia Owner', password: 'owner-password-1' };
const REVIEWER: Person = { email: 'reviewer@example.org', name: 'Rasmus Reviewer', password: 'reviewer-password-1' };

/** The two parallel trials and the numbers typed into the data page (cramps per week at the end of treatment). */
const TRIALS = [
  {
    id: 'hansen-2010',
    label: 'Hansen 2010',
    year: '2010',
    intervention: { mean: 4.2, sd: 2.1, n: 40 },
    comparator: { mean: 5.6, sd: 2.4, n: 38 },
  },
  {
    id: 'olsen-2014',
    label: 'Olsen 2014',
    year: '2014',
    intervention: { mean: 3.9, sd: 2.8, n: 55 },
    comparator: { mean: 4.4, sd: 2.6, n: 57 },
  },
] as const;

/** The record the two reviewers disagree on: the owner includes it, the reviewer excludes it. */
const DISPUTED = /Stretching exercises/;
/** The title/abstract decision of either reviewer: the randomised trials of magnesium are in. */
const include = (title: string) => /magnesium/i.test(title) && /randomi[sz]ed/i.test(title);

describe('a whole review in the browser', { skip: skipWithoutChromium() }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let owner: Page;
  let reviewer: Page;
  let reviewId: string;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'evidens-e2e-review-'));
    store = await openStore(join(dir, 'review.sqlite'));
    server = await startServer({ store, mode: 'team', host: '127.0.0.1', port: 0, webRoot: DIST });
    browser = await launchBrowser();
    owner = (await openPerson(browser, errors, 'owner')).page;
    reviewer = (await openPerson(browser, errors, 'reviewer')).page;
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A step of the walk-through; after a failed step the rest are skipped, since each builds on the one before. */
  let broken: string | undefined;
  const step = (name: string, fn: () => Promise<void> | void) =>
    it(name, async (t) => {
      if (broken) return t.skip(`the step before failed: ${broken}`);
      try {
        await fn();
      } catch (e) {
        broken = name;
        await Promise.all([owner, reviewer].map((p, i) => shot(p, `review-failed-${i}`).catch(() => {})));
        throw e;
      }
    });

  const tab = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).click();
  const value = (page: Page, row: RegExp) => page.getByRole('row', { name: row }).locator('td').textContent();

  step('lets the first user sign up and create a review with the wizard', async () => {
    await owner.goto(`${server.url}/#/signup`);
    await owner.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();
    await fillSignUp(owner, OWNER);
    await owner.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    await owner.getByRole('link', { name: 'New review' }).click();
    await owner.getByRole('heading', { name: 'New review', level: 1 }).waitFor();
    await owner.getByLabel('Title').fill(TITLE);
    await owner.getByLabel('Language of the review').selectOption('en');
    await owner.getByLabel('Objective').fill('To find whether oral magnesium prevents leg cramps.');
    await owner.getByRole('button', { name: 'Next' }).click();
    await owner.getByLabel('Population').fill('Adults with leg cramps');
    await owner.getByLabel('Intervention').fill('Oral magnesium');
    await owner.getByLabel('Comparator').fill('Placebo');
    await owner.getByRole('button', { name: 'Next' }).click();
    await owner.getByLabel('Eligible designs (one per line)').fill('Randomised trials');
    await owner.getByLabel('Inclusion criteria (one per line)').fill('Oral magnesium compared with placebo');
    await owner.getByLabel('Exclusion criteria (one per line)').fill('Reviews\nCramps caused by another disease');
    await owner.getByRole('button', { name: 'Create review' }).click();
    await owner.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await owner.getByRole('heading', { name: 'Question' }).waitFor();
    const id = /#\/reviews\/([^/]+)\/overview$/.exec(owner.url())?.[1];
    assert.ok(id, `the wizard ends on the new review's overview (at ${owner.url()})`);
    reviewId = decodeURIComponent(id);

    // The wizard has no outcome or analysis step, and no page edits them yet: they are added to the protocol with
    // the owner's own session, as the page's client would (PUT …/protocol with the version read).
    const detail = await callApi<{ version: number; protocol: Record<string, unknown> }>(
      owner,
      'GET',
      `/api/reviews/${reviewId}`,
    );
    await callApi(owner, 'PUT', `/api/reviews/${reviewId}/protocol`, {
      version: detail.version,
      protocol: {
        ...detail.protocol,
        outcomes: [{ id: 'cramps', name: 'Leg cramps per week', kind: 'continuous', direction: 'lower-is-better' }],
        comparisons: [{ id: 'mg-placebo', intervention: 'Oral magnesium', comparator: 'Placebo' }],
        analyses: [
          {
            id: 'cramps-md',
            title: 'Leg cramps per week, magnesium versus placebo',
            outcome: 'cramps',
            comparison: 'mg-placebo',
            measure: 'MD',
            model: 'random',
            method: 'REML',
          },
        ],
      },
    });
    await owner.reload();
    await owner.getByRole('heading', { name: 'Question' }).waitFor();
    await shot(owner, 'review-01-overview');
  });

  step('imports the RIS file on the import page and shows the counts', async () => {
    await tab(owner, 'Search and import');
    await owner.getByLabel('File', { exact: true }).setInputFiles(RIS);
    await owner.getByRole('button', { name: 'Import', exact: true }).click();
    await owner.getByRole('heading', { name: /^Report: / }).waitFor({ timeout: 20_000 });
    const count = (label: string) =>
      owner.locator('.import-counts > div').filter({ hasText: label }).locator('dd').textContent();
    assert.equal(await count('Format'), 'RIS');
    assert.equal(await count('Records read'), '8');
    assert.equal(await count('Added'), '8');
    assert.equal(await count('Id taken'), '0');
    await shot(owner, 'review-02-import-report');
  });

  step('finds the near-duplicates and confirms the group', async () => {
    await tab(owner, 'Duplicates');
    await owner.getByRole('button', { name: 'Find duplicates' }).click();
    const group = owner.getByRole('region', { name: /Group of 2 records/ });
    await group.waitFor({ timeout: 20_000 });
    assert.equal(await owner.getByRole('region', { name: /Group of/ }).count(), 1);
    const ids = await group.locator('thead .dup-id').allTextContents();
    assert.equal(ids.length, 2);
    await shot(owner, 'review-03-duplicates');
    await group.getByRole('button', { name: 'Confirm duplicates' }).click();
    await owner.getByText('No proposed groups.').waitFor();
    await owner.getByRole('button', { name: /^Confirmed/ }).click();
    await owner.getByRole('region', { name: /Group of 2 records\s+Confirmed/ }).waitFor();
  });

  step('invites a reviewer, who signs up through the invitation link', async () => {
    await tab(owner, 'Team');
    await owner.getByLabel('Email').fill(REVIEWER.email);
    await owner.getByRole('button', { name: 'Invite', exact: true }).click();
    const link = await owner.getByLabel('Invitation link').inputValue();
    assert.match(link, /#\/invitations\/[^/]+$/);

    await reviewer.goto(link);
    await reviewer.getByRole('heading', { name: 'An invitation to a review' }).waitFor();
    await fillSignUp(reviewer, REVIEWER);
    await reviewer.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    assert.match(reviewer.url(), /\/overview$/);
  });

  /** Screens every title/abstract record in the queue with the keyboard; gives the titles decided. */
  async function screenAll(page: Page, decide: (title: string) => 'i' | 'e'): Promise<string[]> {
    await tab(page, 'Screening');
    await page.getByText('Keyboard: i include').waitFor();
    const title = page.locator('#record-title');
    const done = page.getByText('Nothing left to screen at this stage.');
    const seen: string[] = [];
    for (let n = 0; n < 20; n++) {
      await title.or(done).first().waitFor();
      if (await done.isVisible()) return seen;
      const before = (await title.textContent()) ?? '';
      seen.push(before);
      await page.keyboard.press(decide(before));
      await page.waitForFunction((b) => document.querySelector('#record-title')?.textContent !== b, before);
    }
    throw new Error(`the queue did not end after ${seen.length} decisions`);
  }

  step('has both reviewers screen every record with the keyboard, disagreeing on one', async () => {
    const ownerSaw = await screenAll(owner, (t) => (include(t) || DISPUTED.test(t) ? 'i' : 'e'));
    // Seven of the eight records are screened: the duplicate confirmed before screening is not.
    assert.equal(ownerSaw.length, 7, ownerSaw.join('\n'));
    await owner.getByRole('row', { name: /Decided by you\s+7/ }).waitFor();
    await shot(owner, 'review-04-screening-owner');

    await tab(reviewer, 'Screening');
    await reviewer.getByText('Keyboard: i include').waitFor();
    // The reviewer sees none of the owner's decisions: no conflicts view, none decided by them, nothing complete,
    // and the conflicts (which name each reviewer's decision) are refused by the server.
    await reviewer.getByRole('heading', { name: 'Progress' }).waitFor();
    assert.equal(await reviewer.getByRole('button', { name: 'Conflicts between reviewers' }).count(), 0);
    assert.equal(await value(reviewer, /Decided by you/), '0');
    assert.equal(await value(reviewer, /^Complete/), '0');
    assert.equal(await reviewer.getByText(OWNER.name).count(), 0);
    assert.equal(await statusOf(reviewer, `/api/reviews/${reviewId}/screening/title-abstract/conflicts`), 403);
    const reviewerSaw = await screenAll(reviewer, (t) => (include(t) ? 'i' : 'e'));
    assert.deepEqual([...reviewerSaw].sort(), [...ownerSaw].sort());
    await reviewer.getByRole('row', { name: /Decided by you\s+7/ }).waitFor();
    await shot(reviewer, 'review-05-screening-reviewer');
  });

  step('shows the owner the conflict to reconcile, and κ', async () => {
    await owner.reload();
    await owner.getByRole('row', { name: /^Conflicts\s+1/ }).waitFor();
    await owner.getByRole('button', { name: 'Conflicts between reviewers' }).click();
    const conflict = owner.locator('ul.conflicts > li');
    await conflict.first().waitFor();
    assert.equal(await conflict.count(), 1);
    assert.match((await conflict.locator('.strong').textContent()) ?? '', DISPUTED);
    const decisions = (await conflict.locator('ul').first().textContent()) ?? '';
    assert.match(decisions, /Include/);
    assert.match(decisions, /Exclude/);
    await shot(owner, 'review-06-conflicts');
    await conflict.getByRole('group', { name: 'Final decision' }).getByRole('button', { name: 'Exclude' }).click();
    await owner.getByText('Conflict resolved.').waitFor();
    await owner.getByText('No conflicts.').waitFor();
    await owner.getByRole('row', { name: /^Conflicts\s+0/ }).waitFor();
    await owner.getByRole('row', { name: /^Complete\s+7/ }).waitFor();
    // Six agreements in seven; the owner included 4, the reviewer 3: p_o = 6/7, p_e = (4·3 + 3·4)/49 = 24/49,
    // κ = (6/7 − 24/49) / (1 − 24/49) = 18/25 = 0.72.
    assert.equal(await value(owner, /Agreement \(κ\)/), '0.72 (n = 7)');
  });

  step('adds the two trials on the studies page', async () => {
    await tab(owner, 'Studies');
    for (const trial of TRIALS) {
      await owner.getByRole('button', { name: 'New study' }).click();
      await owner.getByRole('heading', { name: 'New study' }).waitFor();
      await owner.getByLabel('Id', { exact: true }).fill(trial.id);
      await owner.getByLabel('Label', { exact: true }).fill(trial.label);
      await owner.getByLabel('Year', { exact: true }).fill(trial.year);
      assert.equal(await owner.getByLabel('Design', { exact: true }).inputValue(), 'parallel');
      await owner.getByLabel('Population', { exact: true }).fill('Adults with nocturnal leg cramps');
      // The two arms come ready with their ids and roles; names and numbers randomised are the reader's to give.
      for (const [k, arm] of (['intervention', 'comparator'] as const).entries()) {
        const row = owner.getByRole('group', { name: `Arm ${k + 1}`, exact: true });
        assert.equal(await row.getByLabel('Arm id').inputValue(), arm);
        await row.getByLabel('Name', { exact: true }).fill(arm === 'intervention' ? 'Magnesium' : 'Placebo');
        await row.getByLabel('Randomised', { exact: true }).fill(String(trial[arm].n));
      }
      await owner.getByRole('group', { name: 'Intervention', exact: true }).getByLabel('Agent').fill('Magnesium');
      await owner
        .getByRole('group', { name: 'Comparator', exact: true })
        .getByLabel('Comparator', { exact: true })
        .fill('Placebo');
      await owner.getByRole('button', { name: 'Save', exact: true }).click();
      // Saved, the new study's form becomes the study's own (the page opens the saved item).
      await owner.getByRole('heading', { name: `Characteristics of ${trial.label}` }).waitFor();
      await owner.getByRole('button', { name: 'Back to the table' }).click();
    }
    const rows = owner.locator('table.studies tbody tr');
    await rows.nth(1).waitFor();
    assert.deepEqual(await rows.locator('th').allTextContents(), ['Hansen 2010', 'Olsen 2014']);
    await shot(owner, 'review-07-studies');
  });

  step('enters mean, SD and N of both arms for each trial on the data page', async () => {
    await tab(owner, 'Outcome data');
    await owner.getByText('No outcome data yet. Add the first entry.').waitFor();
    for (const [k, trial] of TRIALS.entries()) {
      if (k > 0) await owner.getByRole('button', { name: 'New entry' }).click();
      const form = owner.getByRole('form', { name: 'Outcome data' });
      await form.getByLabel('Study', { exact: true }).selectOption(trial.id);
      await form.getByLabel('Outcome', { exact: true }).selectOption('cramps');
      await form.getByLabel('Reported as', { exact: true }).selectOption('mean-sd');
      for (const arm of ['intervention', 'comparator'] as const) {
        const group = form.getByRole('group', { name: arm === 'intervention' ? 'Intervention' : 'Comparator' });
        await group.getByLabel('Mean', { exact: true }).fill(String(trial[arm].mean));
        await group.getByLabel('SD', { exact: true }).fill(String(trial[arm].sd));
        await group.getByLabel('N', { exact: true }).fill(String(trial[arm].n));
      }
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      // Saved, the entry is listed and chosen (the editor reopens on the stored item).
      const entry = owner.getByRole('combobox', { name: /^Entry/ });
      await entry.locator('option', { hasText: `${trial.label} · Leg cramps per week` }).waitFor({ state: 'attached' });
      assert.notEqual(await entry.inputValue(), '');
    }
    await shot(owner, 'review-08-data');
  });

  step('answers the RoB 2 signalling questions of one result and shows the proposed judgement', async () => {
    // The assessment of Hansen 2010's result for the outcome is started on the page, which opens it.
    await tab(owner, 'Risk of bias');
    const start = owner.getByRole('form', { name: 'New assessment' });
    await start.getByLabel('Study').selectOption('hansen-2010');
    await start.getByLabel('Outcome').selectOption('cramps');
    await start.getByRole('button', { name: 'Start the assessment' }).click();
    const answers: Record<string, string> = {
      '1.1': 'Y',
      '1.2': 'Y',
      '1.3': 'N',
      '2.1': 'N',
      '2.2': 'N',
      '2.6': 'Y',
      '3.1': 'Y',
      '4.1': 'N',
      '4.2': 'N',
      '4.3': 'N',
      '5.1': 'Y',
      '5.2': 'N',
      '5.3': 'N',
    };
    for (const [id, answer] of Object.entries(answers)) {
      const question = owner.locator('fieldset.rob-q').filter({ has: owner.locator('.rob-qid', { hasText: id }) });
      await question.locator(`input[value="${answer}"]`).check();
    }
    const overall = owner.locator('.rob-overall .rob-proposal');
    await overall.getByText('Low risk').waitFor();
    await owner.getByRole('button', { name: 'Save the assessment' }).click();
    await owner.getByText(/Saved \(version 2\)\./).waitFor();
    await shot(owner, 'review-09-rob');
  });

  step('shows the pooled MD that rma (REML) gives for the numbers typed', async () => {
    const yi = TRIALS.map((t) => t.intervention.mean - t.comparator.mean);
    const vi = TRIALS.map((t) => t.intervention.sd ** 2 / t.intervention.n + t.comparator.sd ** 2 / t.comparator.n);
    const expected = rma({ yi, vi, method: 'REML' }).beta[0];
    await tab(owner, 'Analysis');
    const pooled = owner.getByTestId('pooled-estimate');
    await pooled.waitFor();
    assert.equal(await pooled.textContent(), formatNumber('en', expected, 2));
    assert.equal(await owner.locator('.svg-box svg').count(), 1);
    const forest = await owner.locator('.svg-box svg').textContent();
    assert.match(forest ?? '', /Hansen 2010/);
    assert.match(forest ?? '', /Olsen 2014/);
    await shot(owner, 'review-10-analysis');
    await tab(owner, 'Certainty');
    await owner.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await owner.waitForLoadState('networkidle');
    await shot(owner, 'review-11-certainty');
  });

  step('downloads the HTML and DOCX reports from the report page', async () => {
    await tab(owner, 'Report');
    const english = owner.getByRole('list', { name: 'The report in English' });
    const [html] = await Promise.all([
      owner.waitForEvent('download', { timeout: 30_000 }),
      english.getByRole('link', { name: 'Web page (HTML)' }).click(),
    ]);
    await html.saveAs(join(SHOTS, 'review-report.html'));
    const text = readFileSync(join(SHOTS, 'review-report.html'), 'utf8');
    assert.match(text, new RegExp(TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(text, /Hansen 2010/);
    assert.match(text, /Olsen 2014/);
    const md = rma({
      yi: TRIALS.map((t) => t.intervention.mean - t.comparator.mean),
      vi: TRIALS.map((t) => t.intervention.sd ** 2 / t.intervention.n + t.comparator.sd ** 2 / t.comparator.n),
      method: 'REML',
    }).beta[0];
    // The report sets numbers as typography wants them, with a true minus sign (U+2212).
    const pooled = `MD ${formatNumber('en', md, 2).replace('-', '\u2212')} (95% CI `;
    assert.ok(text.includes(pooled), `the report gives the pooled estimate as “${pooled}…”`);
    await shot(owner, 'review-12-report');

    const [docx] = await Promise.all([
      owner.waitForEvent('download', { timeout: 60_000 }),
      english.getByRole('link', { name: 'Word (DOCX)' }).click(),
    ]);
    const bytes = readFileSync(await docx.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  });

  it('raised no errors in either page', () => {
    assert.deepEqual(errors, []);
  });
});
