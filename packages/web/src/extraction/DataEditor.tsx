/** One outcome-data entry: the numbers in the shape the paper reports them, with the calculator beside them. */
import { useMemo } from 'react';
import type { Item } from '../api/types';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { CalculatorPanel } from './CalculatorPanel';
import { calculate } from './calculator';
import {
  ARM_CONVERSIONS,
  ARM_KINDS,
  type ArmForm,
  type ArmKind,
  CHOICES,
  type Choice,
  type DataForm,
  dataFieldPaths,
  dataToForm,
  EFFECT_CONVERSIONS,
  EFFECT_PRECISIONS,
  type EffectPrecision,
  formToData,
  type Numbers,
  PAIRED_CONVERSIONS,
  PAIRED_PRECISIONS,
  type PairedPrecision,
  withChoice,
} from './data-form';
import { AreaField, Group, IssuesContext, ReadOnlyContext, SelectField, TextField } from './fields';
import { inLanguage, unplaced } from './issues';
import { analysisFor, comparisonsOf, outcomesOf } from './protocol-info';
import { SaveBar } from './SaveBar';
import type { Doc } from './study-form';
import { useDraft } from './use-draft';

const CODEC = { toForm: dataToForm, toDoc: formToData };
type T = ReturnType<typeof useI18n>['t'];

const NUMBER_FIELDS: Record<ArmKind, readonly string[]> = {
  events: ['events', 'n'],
  'mean-sd': ['mean', 'sd', 'n'],
  'mean-se': ['mean', 'se', 'n'],
  'mean-ci': ['mean', 'ci', 'n', 'ciLevel'],
  quantiles: ['median', 'q1', 'q3', 'min', 'max', 'n'],
};

export function DataEditor(p: {
  reviewId: string;
  item: Item<Doc> | undefined;
  studies: Item<Doc>[];
  protocol: unknown;
  readOnly: boolean;
  onSaved: (item: Item<Doc>) => void;
}) {
  const { t, lang } = useI18n();
  const d = useDraft(p.reviewId, 'data', p.item, lang, CODEC);
  const f = d.form;
  const set = (patch: Partial<DataForm>) => d.edit({ ...f, ...patch });
  const study = p.studies.find((s) => s.id === f.study)?.doc;
  const crossover = study?.design === 'crossover';
  const sequenceIds = sequencesOf(study);
  const analysis = analysisFor(
    p.protocol,
    f.outcome,
    f.comparison,
    f.choice === 'effect' ? f.effect.measure : undefined,
  );
  const calc = useMemo(
    () => calculate(d.doc, { study, measure: analysis.measure, r: analysis.r, lang }),
    [d.doc, study, analysis.measure, analysis.r, lang],
  );
  const saveIssues = inLanguage(d.failure?.kind === 'invalid' ? d.failure.issues : [], lang);
  const issues = [...saveIssues, ...calc.problems.filter((c) => !saveIssues.some((s) => s.message === c.message))];
  const outcomes = outcomesOf(p.protocol, lang);
  const comparisons = comparisonsOf(p.protocol, lang);
  const studyOptions = p.studies.map((s) => [s.id, localText(s.doc.label, lang) ?? s.id] as const);
  const choices = CHOICES.filter((c) => crossover || (c !== 'paired' && c !== 'sequences')).map(
    (c) => [c, t(`data.choice.${c}`)] as const,
  );

  const submit = async () => {
    const saved = await d.save();
    if (saved) p.onSaved(saved);
  };

  return (
    <ReadOnlyContext.Provider value={p.readOnly}>
      <IssuesContext.Provider value={issues}>
        <div className="data-grid">
          <form
            className="card data-form"
            aria-label={t('data.title')}
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <p className="muted small">{t('data.langNote')}</p>
            <Group legend={t('data.where')}>
              <div className="xrow">
                <SelectField
                  label={t('data.f.study')}
                  value={f.study}
                  path="study"
                  options={[['', t('data.studies.choose')], ...studyOptions]}
                  onChange={(v) => set({ study: v })}
                />
                <SelectField
                  label={t('data.f.outcome')}
                  value={f.outcome}
                  path="outcome"
                  options={[['', t('data.studies.choose')], ...outcomes.map((o) => [o.id, o.name] as const)]}
                  onChange={(v) => set({ outcome: v })}
                />
                {comparisons.length > 1 && (
                  <SelectField
                    label={t('data.f.comparison')}
                    value={f.comparison}
                    path="comparison"
                    options={[['', '–'], ...comparisons.map((c) => [c.id, c.name] as const)]}
                    onChange={(v) => set({ comparison: v })}
                  />
                )}
                <TextField
                  label={t('data.f.timepoint')}
                  value={f.timepoint}
                  path="timepoint"
                  onChange={(v) => set({ timepoint: v })}
                />
              </div>
              <TextField
                label={t('data.f.source')}
                value={f.source}
                path="source"
                className="wide"
                onChange={(v) => set({ source: v })}
              />
            </Group>
            <Group legend={t('data.numbers')}>
              <SelectField
                label={t('data.f.choice')}
                value={f.choice}
                options={choices}
                onChange={(v) => d.edit(withChoice(f, v as Choice, sequenceIds))}
              />
              {crossover && (ARM_KINDS as readonly string[]).includes(f.choice) && (
                <p className="muted small">{t('data.crossoverArms')}</p>
              )}
              <ShapeFields form={f} set={set} t={t} sequenceIds={sequenceIds} />
              <div className="xrow">
                {crossover && (f.choice === 'sequences' || (ARM_KINDS as readonly string[]).includes(f.choice)) && (
                  <TextField
                    label={t('data.f.correlation')}
                    hint={t('data.f.correlationHint')}
                    value={f.correlation}
                    numeric
                    path="correlation"
                    onChange={(v) => set({ correlation: v })}
                  />
                )}
                <TextField
                  label={t('data.f.rescaleFactor')}
                  value={f.rescaleFactor}
                  numeric
                  path="rescale.factor"
                  onChange={(v) => set({ rescaleFactor: v })}
                />
                <TextField
                  label={t('data.f.rescaleReason')}
                  value={f.rescaleReason}
                  path="rescale.reason"
                  className="grow"
                  onChange={(v) => set({ rescaleReason: v })}
                />
              </div>
            </Group>
            <AreaField
              label={t('data.f.notes')}
              value={f.notes}
              path="notes"
              rows={3}
              onChange={(v) => set({ notes: v })}
            />
            <SaveBar
              saving={d.saving}
              savedVersion={d.savedVersion}
              failure={d.failure}
              unplaced={unplaced(saveIssues, dataFieldPaths(f), ['arms', 'sequences', 'effect', 'paired', 'rescale'])}
              readOnly={p.readOnly}
              onTakeTheirs={d.takeTheirs}
              onKeepMine={d.keepMine}
            />
          </form>
          <CalculatorPanel calc={calc} analysis={analysis} />
        </div>
      </IssuesContext.Provider>
    </ReadOnlyContext.Provider>
  );
}

function sequencesOf(study: Doc | undefined): string[] {
  const crossover = study?.crossover as { sequences?: { id?: unknown }[] } | undefined;
  return (crossover?.sequences ?? []).map((s) => String(s.id ?? '')).filter((s) => s !== '');
}

function ShapeFields(p: { form: DataForm; set: (patch: Partial<DataForm>) => void; t: T; sequenceIds: string[] }) {
  const { form: f, set, t } = p;
  if (f.choice === 'effect') {
    const e = f.effect;
    const setE = (patch: Partial<DataForm['effect']>) => set({ effect: { ...e, ...patch } });
    const fields = ['estimate', ...(e.precision === 'ci' ? ['ci', 'ciLevel'] : [e.precision])];
    const conversions = EFFECT_CONVERSIONS[e.precision];
    const tDist = e.conversion.endsWith('-t');
    return (
      <Group legend={t('data.partEffect')} path="effect">
        <div className="xrow">
          <SelectField
            label={t('data.f.measure')}
            value={e.measure}
            path="effect.measure"
            options={['MD', 'SMD', 'RR', 'OR', 'RD'].map((m) => [m, m] as const)}
            onChange={(v) => setE({ measure: v })}
          />
          <SelectField
            label={t('data.f.precision')}
            value={e.precision}
            options={EFFECT_PRECISIONS.map((x) => [x, t(`data.prec.${x}`)] as const)}
            onChange={(v) => setE({ precision: v as EffectPrecision })}
          />
          {conversions.length > 1 && (
            <ConversionSelect
              t={t}
              path="effect.conversion"
              value={e.conversion}
              options={conversions}
              onChange={(v) => setE({ conversion: v })}
            />
          )}
        </div>
        <NumberFields
          t={t}
          base="effect"
          fields={[...fields, ...(tDist ? ['df'] : []), 'nIntervention', 'nComparator']}
          numbers={e.numbers}
          onChange={(numbers) => setE({ numbers })}
        />
      </Group>
    );
  }
  if (f.choice === 'paired') {
    const pd = f.paired;
    const setP = (patch: Partial<DataForm['paired']>) => set({ paired: { ...pd, ...patch } });
    const conversions = PAIRED_CONVERSIONS[pd.precision];
    return (
      <Group legend={t('data.partPaired')} path="paired">
        <div className="xrow">
          <SelectField
            label={t('data.f.precision')}
            value={pd.precision}
            options={PAIRED_PRECISIONS.map((x) => [x, t(`data.prec.${x}`)] as const)}
            onChange={(v) => setP({ precision: v as PairedPrecision })}
          />
          {conversions.length > 1 && (
            <ConversionSelect
              t={t}
              path="paired.conversion"
              value={pd.conversion}
              options={conversions}
              onChange={(v) => setP({ conversion: v })}
            />
          )}
        </div>
        <NumberFields
          t={t}
          base="paired"
          fields={['md', ...(pd.precision === 'ci' ? ['ci', 'ciLevel'] : [pd.precision]), 'n']}
          numbers={pd.numbers}
          onChange={(numbers) => setP({ numbers })}
        />
      </Group>
    );
  }
  if (f.choice === 'sequences') {
    return (
      <>
        {f.sequences.map((s, i) => {
          const setS = (patch: Partial<DataForm['sequences'][number]>) =>
            set({ sequences: f.sequences.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          const kind = s.intervention.kind;
          return (
            <Group
              key={`s-${i.toString()}`}
              legend={t('data.partSequence', { n: i + 1 }).replace(/,.*$/, '')}
              path={`sequences[${i}]`}
            >
              <div className="xrow">
                <SelectField
                  label={t('data.f.sequence')}
                  value={s.sequence}
                  path={`sequences[${i}].sequence`}
                  options={p.sequenceIds.map((x) => [x, x] as const)}
                  onChange={(v) => setS({ sequence: v })}
                />
                <SelectField
                  label={t('data.kind')}
                  value={kind}
                  options={ARM_KINDS.filter((k) => k !== 'events').map((k) => [k, t(`data.choice.${k}`)] as const)}
                  onChange={(v) =>
                    setS({
                      intervention: { ...s.intervention, kind: v as ArmKind },
                      comparator: { ...s.comparator, kind: v as ArmKind },
                    })
                  }
                />
              </div>
              <div className="xcols">
                <ArmFields
                  t={t}
                  base={`sequences[${i}].intervention`}
                  legend={t('data.intervention')}
                  arm={s.intervention}
                  onChange={(a) => setS({ intervention: a })}
                />
                <ArmFields
                  t={t}
                  base={`sequences[${i}].comparator`}
                  legend={t('data.comparator')}
                  arm={s.comparator}
                  onChange={(a) => setS({ comparator: a })}
                />
              </div>
            </Group>
          );
        })}
      </>
    );
  }
  const arms = f.arms;
  return (
    <div className="xcols">
      <ArmFields
        t={t}
        base="arms.intervention"
        legend={t('data.intervention')}
        arm={arms.intervention}
        onChange={(a) => set({ arms: { ...arms, intervention: a } })}
      />
      <ArmFields
        t={t}
        base="arms.comparator"
        legend={t('data.comparator')}
        arm={arms.comparator}
        onChange={(a) => set({ arms: { ...arms, comparator: a } })}
      />
    </div>
  );
}

function ArmFields(p: { t: T; base: string; legend: string; arm: ArmForm; onChange: (a: ArmForm) => void }) {
  const { t, arm } = p;
  const conversions = ARM_CONVERSIONS[arm.kind];
  return (
    <Group legend={p.legend} path={p.base} className="arm-data">
      <NumberFields
        t={t}
        base={p.base}
        fields={NUMBER_FIELDS[arm.kind]}
        numbers={arm.numbers}
        onChange={(numbers) => p.onChange({ ...arm, numbers })}
      />
      {conversions.length > 1 && (
        <ConversionSelect
          t={t}
          path={`${p.base}.conversion`}
          value={arm.conversion}
          options={conversions}
          onChange={(v) => p.onChange({ ...arm, conversion: v })}
        />
      )}
    </Group>
  );
}

function ConversionSelect(p: {
  t: T;
  path: string;
  value: string;
  options: readonly string[];
  onChange: (v: string) => void;
}) {
  return (
    <SelectField
      label={p.t('data.f.conversion')}
      value={p.options.includes(p.value) ? p.value : p.options[0]}
      path={p.path}
      options={p.options.map((o) => [o, p.t(o.endsWith('-t') ? 'data.conv.t' : 'data.conv.z')] as const)}
      onChange={p.onChange}
    />
  );
}

function NumberFields(p: {
  t: T;
  base: string;
  fields: readonly string[];
  numbers: Numbers;
  onChange: (n: Numbers) => void;
}) {
  const setN = (k: string, v: string) => p.onChange({ ...p.numbers, [k]: v });
  return (
    <div className="xrow numbers">
      {p.fields.flatMap((k) =>
        k === 'ci'
          ? (['lower', 'upper'] as const).map((b) => (
              <TextField
                key={b}
                label={p.t(`data.f.${b}`)}
                value={p.numbers[b] ?? ''}
                numeric
                path={`${p.base}.ci`}
                onChange={(v) => setN(b, v)}
              />
            ))
          : [
              <TextField
                key={k}
                label={p.t(`data.f.${k}` as Parameters<T>[0])}
                value={p.numbers[k] ?? ''}
                numeric
                path={`${p.base}.${k}`}
                onChange={(v) => setN(k, v)}
              />,
            ],
      )}
    </div>
  );
}
