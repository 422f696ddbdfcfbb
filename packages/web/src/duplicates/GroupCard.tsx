/**
 * One duplicate group side by side: a column per record (the kept one marked), a row per field with the fields that
 * matched or differed marked from the group's evidence, and the decisions: confirm or reject (or take back), the
 * record to keep, records to split out. A 409 is handed up, so that the page reloads the group.
 */
import { useState } from 'react';
import { type DedupGroupView, type DedupStatus, decideGroup, splitGroup } from '../api/dedup';
import { ApiFailure, messageOf } from '../api/errors';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';
import { statusChoices } from './actions';
import { EvidenceList } from './EvidenceList';
import { type FieldMark, readEvidence, rowMarks, SHOWN_FIELDS } from './evidence';
import { fieldText } from './record-fields';
import { useFullRecords } from './use-full-records';

export interface GroupCardProps {
  reviewId: string;
  group: DedupGroupView;
  canDecide: boolean;
  /** Shown at the top of the card (after a conflict reloaded it). */
  notice?: string;
  onSaved: (group: DedupGroupView) => void;
  onReload: () => void;
  onConflict: (groupId: string) => void;
}

export function GroupCard({ reviewId, group, canDecide, notice, onSaved, onReload, onConflict }: GroupCardProps) {
  const { t, num } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [out, setOut] = useState<string[]>([]);
  const ids = group.members.map((m) => m.id);
  const full = useFullRecords(reviewId, ids);
  const evidence = readEvidence(group.evidence, ids);
  const marks = new Map(group.members.map((m) => [m.id, rowMarks(evidence.pairs, m.id)]));
  const heading = `dup-${group.id}-h`;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      if (e instanceof ApiFailure && e.code === 'version_conflict') onConflict(group.id);
      else setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const decide = (status: DedupStatus, kept?: string) =>
    act(async () => onSaved(await decideGroup(reviewId, group, { status, ...(kept ? { kept } : {}) })));
  const split = () =>
    act(async () => {
      await splitGroup(reviewId, group, out);
      setOut([]);
      onReload();
    });

  return (
    <section className={`card dup-group dup-${group.status}`} aria-labelledby={heading} aria-busy={busy}>
      <div className="dup-head">
        <h3 id={heading}>
          {t('duplicates.group', { n: group.members.length })}{' '}
          <span className={`dup-status dup-status-${group.status}`}>{t(`duplicates.status.${group.status}`)}</span>
        </h3>
        <span className="muted small">
          {evidence.manual
            ? t('duplicates.manual')
            : evidence.splitFrom
              ? t('duplicates.splitFrom')
              : evidence.score !== undefined
                ? t('duplicates.score', { score: num(evidence.score, 1) })
                : ''}
        </span>
      </div>
      {notice && (
        <p className="dup-notice" role="status">
          {notice}
        </p>
      )}
      {error && <ErrorBox message={error} />}
      <div className="scroll-x">
        <table className="table dup-table">
          <caption className="sr-only">{t('duplicates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="dup-field">
                {t('duplicates.field')}
              </th>
              {group.members.map((m) => (
                <th scope="col" key={m.id} className={m.id === group.kept ? 'dup-kept' : undefined}>
                  <span className="dup-id">{m.id}</span>
                  {m.id === group.kept && <span className="dup-badge">{t('duplicates.kept')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SHOWN_FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row" className="dup-field">
                  {t(`duplicates.field.${field}`)}
                </th>
                {group.members.map((m) => (
                  <Cell
                    key={m.id}
                    text={fieldText(field, m, full.get(m.id))}
                    mark={marks.get(m.id)?.[field]}
                    kept={m.id === group.kept}
                  />
                ))}
              </tr>
            ))}
            {canDecide && (
              <tr className="dup-controls">
                <th scope="row" className="dup-field">
                  {t('duplicates.choose')}
                </th>
                {group.members.map((m) => (
                  <td key={m.id} className={m.id === group.kept ? 'dup-kept' : undefined}>
                    <label className="dup-check">
                      <input
                        type="radio"
                        name={`keep-${group.id}`}
                        checked={m.id === group.kept}
                        disabled={busy}
                        onChange={() => void decide(group.status, m.id)}
                      />
                      {t('duplicates.keep')}
                    </label>
                    <label className="dup-check">
                      <input
                        type="checkbox"
                        checked={out.includes(m.id)}
                        disabled={busy}
                        onChange={(e) => setOut(e.target.checked ? [...out, m.id] : out.filter((x) => x !== m.id))}
                      />
                      {t('duplicates.takeOut')}
                    </label>
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <EvidenceList pairs={evidence.pairs} />
      {canDecide && (
        <div className="actions">
          {statusChoices(group.status).map((s) => (
            <button
              key={s}
              type="button"
              className={s === 'confirmed' ? 'primary' : undefined}
              disabled={busy}
              onClick={() => void decide(s)}
            >
              {t(`duplicates.to.${s}`)}
            </button>
          ))}
          <button
            type="button"
            disabled={busy || out.length === 0 || out.length === group.members.length}
            onClick={() => void split()}
          >
            {t('duplicates.split', { n: out.length })}
          </button>
        </div>
      )}
    </section>
  );
}

/** One field of one record, with its mark: a sign and a word besides the colour, the evidence as a tooltip. */
function Cell({ text, mark, kept }: { text: string; mark: FieldMark | undefined; kept: boolean }) {
  const { t } = useI18n();
  const kind = mark?.conflict ? 'conflict' : mark?.match;
  const classes = [kept ? 'dup-kept' : '', kind ? `dup-${kind}` : ''].filter(Boolean).join(' ');
  return (
    <td className={classes || undefined}>
      {text || <span className="muted">–</span>}
      {mark && (
        <span className="dup-mark" title={mark.details.join('\n')}>
          {mark.match && <span className={`dup-tag dup-tag-${mark.match}`}>{t(`duplicates.mark.${mark.match}`)}</span>}
          {mark.conflict && <span className="dup-tag dup-tag-conflict">{t('duplicates.mark.conflict')}</span>}
        </span>
      )}
    </td>
  );
}
