/**
 * The searches of the protocol with the records stored from each, and each search's files; the owner can take a
 * file imported by mistake back out (after a second click), while no decision, group or study rests on its records.
 */
import { useState } from 'react';
import { ApiFailure, messageOf } from '../api/errors';
import { type FileInUse, type RemovedFile, removeFile, type SearchRow } from '../api/imports';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { formatCount, formatDate } from '../i18n/messages';

export function SearchesTable(props: {
  searches: SearchRow[];
  reviewId: string;
  /** Whether the files can be removed (the owner's to do). */
  canRemove: boolean;
  onRemoved: (removed: RemovedFile) => void;
}) {
  const { t, lang } = useI18n();
  const { searches } = props;
  const [asking, setAsking] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ kind: 'error' | 'done'; text: string }>();
  if (searches.length === 0) return <p className="muted">{t('import.searches.none')}</p>;
  const count = (x: number | undefined) => (typeof x === 'number' ? formatCount(lang, x) : '–');

  const remove = async (file: string) => {
    setBusy(true);
    setNote(undefined);
    try {
      const removed = await removeFile(props.reviewId, file);
      setNote({ kind: 'done', text: t('import.files.removed', { file, n: formatCount(lang, removed.records) }) });
      props.onRemoved(removed);
    } catch (e) {
      const why =
        e instanceof ApiFailure && e.code === 'in_use' ? inUseText(e.details as FileInUse, file) : messageOf(e);
      setNote({ kind: 'error', text: why });
    } finally {
      setBusy(false);
      setAsking(undefined);
    }
  };

  /** What keeps the file, in the page's language. */
  const inUseText = (used: FileInUse, file: string) => {
    const reasons: string[] = [];
    if (used.decisions > 0) reasons.push(t('import.files.decisions', { n: formatCount(lang, used.decisions) }));
    if (used.confirmedGroups > 0)
      reasons.push(t('import.files.groups', { n: formatCount(lang, used.confirmedGroups) }));
    if (used.studies?.length > 0) reasons.push(t('import.files.studies', { list: used.studies.join(', ') }));
    return t('import.files.inUse', { file, reasons: reasons.join('; ') });
  };

  return (
    <>
      <div className="scroll-x">
        <table className="table searches-table">
          <caption className="sr-only">{t('import.searches.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.searches.source')}</th>
              <th scope="col">{t('import.searches.query')}</th>
              <th scope="col">{t('import.searches.date')}</th>
              <th scope="col" className="num">
                {t('import.searches.hits')}
              </th>
              <th scope="col" className="num">
                {t('import.searches.stored')}
              </th>
            </tr>
          </thead>
          <tbody>
            {searches.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {localText(s.source, lang) ?? s.id}
                  {s.kind && <span className="muted small"> · {t(kindKey(s.kind))}</span>}
                  {(s.records ?? []).length > 0 && (
                    <ul className="search-files small">
                      {(s.records ?? []).map((file) => (
                        <li key={file}>
                          <code>{file}</code>
                          {props.canRemove &&
                            (asking === file ? (
                              <>
                                <button
                                  type="button"
                                  className="danger"
                                  disabled={busy}
                                  onClick={() => void remove(file)}
                                >
                                  {t('import.files.removeYes')}
                                </button>
                                <button type="button" disabled={busy} onClick={() => setAsking(undefined)}>
                                  {t('import.files.cancel')}
                                </button>
                              </>
                            ) : (
                              <button
                                type="button"
                                aria-label={t('import.files.removeLabel', { file })}
                                disabled={busy}
                                onClick={() => setAsking(file)}
                              >
                                {t('import.files.remove')}
                              </button>
                            ))}
                        </li>
                      ))}
                    </ul>
                  )}
                </th>
                <td className="query-cell">{s.query ? <code>{s.query}</code> : '–'}</td>
                <td className="nowrap">{s.date === undefined ? '–' : formatDate(lang, String(s.date))}</td>
                <td className="num">{count(s.hits)}</td>
                <td className="num">{count(s.stored)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note && (
        <p className={note.kind === 'error' ? 'error' : 'muted'} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </>
  );
}

function kindKey(kind: string) {
  return kind === 'database' ? 'import.searches.kind.database' : 'import.searches.kind.other';
}
