/** The characteristics form of one study (studies.yaml fields), saved with PUT, or POST for a new study. */
import type { Item } from '../api/types';
import { useI18n } from '../i18n/context';
import { AreaField, Group, IssuesContext, ReadOnlyContext, SelectField, TextField } from './fields';
import { inLanguage, unplaced } from './issues';
import { SaveBar } from './SaveBar';
import {
  type ArmForm,
  type Doc,
  formToStudy,
  type SequenceForm,
  type StudyForm,
  type StudyList,
  type StudyNumber,
  type StudyText,
  studyFieldPaths,
  studyToForm,
} from './study-form';
import { useDraft } from './use-draft';

const CODEC = { toForm: studyToForm, toDoc: formToStudy };

export function StudyEditor(p: {
  reviewId: string;
  item: Item<Doc> | undefined;
  initial?: StudyForm;
  readOnly: boolean;
  onSaved: (item: Item<Doc>) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const d = useDraft(p.reviewId, 'studies', p.item, lang, CODEC, p.initial);
  const f = d.form;
  const issues = inLanguage(d.failure?.kind === 'invalid' ? d.failure.issues : [], lang);
  const set = (patch: Partial<StudyForm>) => d.edit({ ...f, ...patch });
  const text = (k: StudyText) => ({
    value: f.texts[k],
    path: k,
    onChange: (v: string) => set({ texts: { ...f.texts, [k]: v } }),
  });
  const list = (k: StudyList) => ({
    value: f.lists[k],
    path: k,
    hint: t('data.onePerLine'),
    onChange: (v: string) => set({ lists: { ...f.lists, [k]: v } }),
  });
  const number = (k: StudyNumber) => ({
    value: f.numbers[k],
    path: k,
    numeric: true,
    onChange: (v: string) => set({ numbers: { ...f.numbers, [k]: v } }),
  });
  const setArm = (i: number, patch: Partial<ArmForm>) =>
    set({ arms: f.arms.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  const setSeq = (i: number, patch: Partial<SequenceForm>) =>
    set({ sequences: f.sequences.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const title = p.item ? t('data.studies.edit', { label: f.texts.label || p.item.id }) : t('data.studies.newTitle');
  const roles = [
    ['intervention', t('data.role.intervention')],
    ['comparator', t('data.role.comparator')],
  ] as const;
  const designs = [
    ['parallel', t('design.parallel')],
    ['crossover', t('design.crossover')],
    ['cluster', t('design.cluster')],
  ] as const;

  const submit = async () => {
    const saved = await d.save();
    if (saved) p.onSaved(saved);
  };

  return (
    <ReadOnlyContext.Provider value={p.readOnly}>
      <IssuesContext.Provider value={issues}>
        <form
          className="card study-form"
          aria-labelledby="study-form-h"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="title-row">
            <h3 id="study-form-h">{title}</h3>
            <button type="button" onClick={p.onClose}>
              {t('data.studies.back')}
            </button>
          </div>
          <p className="muted small">{t('data.langNote')}</p>
          <Group legend={t('data.studies.general')}>
            <div className="xrow">
              {p.item ? (
                <TextField label={t('data.studies.id')} value={f.id} onChange={() => {}} path="id" className="ro" />
              ) : (
                <TextField label={t('data.studies.id')} value={f.id} onChange={(v) => set({ id: v })} path="id" />
              )}
              <TextField label={t('data.studies.label')} {...text('label')} />
              <TextField label={t('data.studies.year')} {...number('year')} />
              <SelectField
                label={t('data.studies.design')}
                value={f.design}
                path="design"
                options={designs}
                onChange={(v) => set({ design: v })}
              />
            </div>
            <TextField label={t('data.studies.title')} {...text('title')} className="wide" />
            <AreaField label={t('data.studies.authors')} {...list('authors')} />
          </Group>
          <Group legend={t('data.studies.participants')}>
            <div className="xrow">
              <TextField label={t('data.studies.country')} {...text('country')} />
              <TextField label={t('data.studies.setting')} {...text('setting')} className="grow" />
            </div>
            <AreaField label={t('data.studies.population')} {...text('population')} />
            <div className="xcols">
              <AreaField label={t('data.studies.inclusion')} {...list('inclusion')} />
              <AreaField label={t('data.studies.exclusion')} {...list('exclusion')} />
            </div>
            <div className="xrow">
              <TextField label={t('data.studies.randomised')} {...number('randomised')} />
              <TextField label={t('data.studies.analysed')} {...number('analysed')} />
            </div>
          </Group>
          <Group legend={t('data.studies.arms')} path="arms">
            <p className="muted small">{t('data.studies.armsHint')}</p>
            {f.arms.map((a, i) => (
              <fieldset
                className="xrow arm"
                key={`arm-${i.toString()}`}
                aria-label={t('data.studies.armN', { n: i + 1 })}
              >
                <TextField
                  label={t('data.studies.armId')}
                  value={a.id}
                  path={`arms[${i}].id`}
                  onChange={(v) => setArm(i, { id: v })}
                />
                <TextField
                  label={t('data.studies.armName')}
                  value={a.name}
                  path={`arms[${i}].name`}
                  className="grow"
                  onChange={(v) => setArm(i, { name: v })}
                />
                <SelectField
                  label={t('data.studies.armRole')}
                  value={a.role}
                  path={`arms[${i}].role`}
                  options={roles}
                  onChange={(v) => setArm(i, { role: v })}
                />
                <CountsAndRemove
                  path={`arms[${i}]`}
                  row={a}
                  name={t('data.studies.armN', { n: i + 1 })}
                  readOnly={p.readOnly}
                  onChange={(change) => setArm(i, change)}
                  onRemove={() => set({ arms: f.arms.filter((_, j) => j !== i) })}
                />
              </fieldset>
            ))}
            {!p.readOnly && (
              <button
                type="button"
                onClick={() =>
                  set({
                    arms: [
                      ...f.arms,
                      { id: '', name: '', role: 'intervention', randomised: '', analysed: '', orig: {} },
                    ],
                  })
                }
              >
                {t('data.studies.addArm')}
              </button>
            )}
          </Group>
          {f.design === 'crossover' && (
            <Group legend={t('data.studies.crossover')} path="crossover">
              {f.sequences.map((s, i) => (
                <fieldset
                  className="xrow arm"
                  key={`seq-${i.toString()}`}
                  aria-label={t('data.studies.sequence', { n: i + 1 })}
                >
                  <TextField
                    label={t('data.studies.sequenceId')}
                    value={s.id}
                    path={`crossover.sequences[${i}].id`}
                    onChange={(v) => setSeq(i, { id: v })}
                  />
                  <TextField
                    label={t('data.studies.order')}
                    hint={t('data.studies.orderHint')}
                    value={s.order}
                    path={`crossover.sequences[${i}].order`}
                    className="grow"
                    onChange={(v) => setSeq(i, { order: v })}
                  />
                  <CountsAndRemove
                    path={`crossover.sequences[${i}]`}
                    row={s}
                    name={t('data.studies.sequence', { n: i + 1 })}
                    readOnly={p.readOnly}
                    onChange={(change) => setSeq(i, change)}
                    onRemove={() => set({ sequences: f.sequences.filter((_, j) => j !== i) })}
                  />
                </fieldset>
              ))}
              {!p.readOnly && (
                <button
                  type="button"
                  onClick={() =>
                    set({ sequences: [...f.sequences, { id: '', order: '', randomised: '', analysed: '', orig: {} }] })
                  }
                >
                  {t('data.studies.addSequence')}
                </button>
              )}
              <div className="xrow">
                <TextField
                  label={t('data.studies.periodLength')}
                  value={f.periodLength}
                  path="crossover.periodLength"
                  onChange={(v) => set({ periodLength: v })}
                />
                <TextField
                  label={t('data.studies.washout')}
                  value={f.washout}
                  path="crossover.washout"
                  onChange={(v) => set({ washout: v })}
                />
              </div>
            </Group>
          )}
          <div className="xcols">
            <Group legend={t('data.studies.intervention')} path="intervention">
              <div className="xrow">
                <TextField label={t('data.studies.agent')} {...text('intervention.agent')} />
                <TextField label={t('data.studies.salt')} {...text('intervention.salt')} />
                <TextField label={t('data.studies.route')} {...text('intervention.route')} />
              </div>
              <TextField label={t('data.studies.dose')} {...text('intervention.dose')} className="wide" />
              <div className="xrow">
                <TextField label={t('data.studies.schedule')} {...text('intervention.schedule')} className="grow" />
                <TextField label={t('data.studies.duration')} {...text('intervention.duration')} />
              </div>
              <AreaField label={t('data.studies.description')} {...text('intervention.description')} />
            </Group>
            <Group legend={t('data.studies.comparator')} path="comparator">
              <AreaField label={t('data.studies.comparatorDescription')} {...text('comparator.description')} />
              <TextField
                label={t('data.studies.placeboContent')}
                {...text('comparator.placeboContent')}
                className="wide"
              />
            </Group>
          </div>
          <Group legend={t('data.studies.other')}>
            <AreaField label={t('data.studies.outcomes')} {...list('outcomes')} />
            <div className="xcols">
              <AreaField label={t('data.studies.funding')} {...text('funding')} />
              <AreaField label={t('data.studies.conflicts')} {...text('conflicts')} />
            </div>
            <AreaField label={t('data.studies.notes')} {...text('notes')} rows={3} />
          </Group>
          <SaveBar
            saving={d.saving}
            savedVersion={d.savedVersion}
            failure={d.failure}
            unplaced={unplaced(issues, studyFieldPaths(f), ['arms', 'crossover', 'intervention', 'comparator'])}
            readOnly={p.readOnly}
            onClose={p.onClose}
            onTakeTheirs={d.takeTheirs}
            onKeepMine={d.keepMine}
          />
        </form>
      </IssuesContext.Provider>
    </ReadOnlyContext.Provider>
  );
}

interface Counts {
  randomised: string;
  analysed: string;
}

/** The numbers randomised and analysed of an arm or a sequence, and the button that takes it out. */
function CountsAndRemove(props: {
  path: string;
  row: Counts;
  name: string;
  readOnly?: boolean;
  onChange: (change: Partial<Counts>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('data.studies.armRandomised')}
        value={props.row.randomised}
        numeric
        path={`${props.path}.randomised`}
        onChange={(v) => props.onChange({ randomised: v })}
      />
      <TextField
        label={t('data.studies.armAnalysed')}
        value={props.row.analysed}
        numeric
        path={`${props.path}.analysed`}
        onChange={(v) => props.onChange({ analysed: v })}
      />
      {!props.readOnly && (
        <button
          type="button"
          className="remove"
          aria-label={`${t('data.remove')}: ${props.name}`}
          onClick={props.onRemove}
        >
          {t('data.remove')}
        </button>
      )}
    </>
  );
}
