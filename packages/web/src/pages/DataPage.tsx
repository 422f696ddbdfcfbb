/**
 * Outcome data per study and outcome (data.yaml): pick an entry or start a new one; the form takes the numbers in
 * the shape the paper reports, and the calculator beside it shows every conversion and the study's effect.
 */
import { useState } from 'react';
import { seg } from '../api/client';
import type { Item, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { DataEditor } from '../extraction/DataEditor';
import { outcomesOf } from '../extraction/protocol-info';
import type { Doc } from '../extraction/study-form';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import '../styles/extraction.css';

const NEW = '';

export function DataPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const base = `/api/reviews/${seg(detail.id)}`;
  const studies = useApi<{ items: Item<Doc>[] }>(`${base}/studies`);
  const data = useApi<{ items: Item<Doc>[] }>(`${base}/data`);
  return (
    <section aria-labelledby="data-h" className="data-page">
      <h2 id="data-h">{t('data.title')}</h2>
      <Load state={studies}>
        {(s) => (
          <Load state={data}>
            {(d) =>
              s.items.length === 0 ? (
                <p>{t('data.noStudies')}</p>
              ) : (
                <Entries
                  detail={detail}
                  studies={s.items}
                  items={d.items}
                  onSaved={(saved) => {
                    const known = d.items.some((i) => i.id === saved.id);
                    data.set({
                      items: known ? d.items.map((i) => (i.id === saved.id ? saved : i)) : [...d.items, saved],
                    });
                  }}
                />
              )
            }
          </Load>
        )}
      </Load>
    </section>
  );
}

function Entries(p: {
  detail: ReviewDetail;
  studies: Item<Doc>[];
  items: Item<Doc>[];
  onSaved: (i: Item<Doc>) => void;
}) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<string>(p.items[0]?.id ?? NEW);
  const outcomes = outcomesOf(p.detail.protocol, lang);
  const label = (doc: Doc) => {
    const study = p.studies.find((s) => s.id === doc.study);
    const studyLabel = localText(study?.doc.label, lang) ?? String(doc.study ?? '?');
    const outcome = outcomes.find((o) => o.id === doc.outcome)?.name ?? String(doc.outcome ?? '?');
    const timepoint = localText(doc.timepoint, lang);
    return [studyLabel, outcome, timepoint].filter(Boolean).join(' · ');
  };
  const item = p.items.find((i) => i.id === chosen);
  return (
    <>
      <div className="toolbar">
        <label>
          <span className="label-text">{t('data.entry')}</span>
          <select value={item ? chosen : NEW} onChange={(e) => setChosen(e.target.value)}>
            {p.items.map((i) => (
              <option key={i.id} value={i.id}>
                {label(i.doc)}
              </option>
            ))}
            <option value={NEW}>{`(${t('data.newEntry')})`}</option>
          </select>
        </label>
        {p.detail.role !== 'viewer' && (
          <button type="button" onClick={() => setChosen(NEW)} disabled={!item}>
            {t('data.new')}
          </button>
        )}
      </div>
      {p.items.length === 0 && <p className="muted">{t('data.empty')}</p>}
      <DataEditor
        key={item?.id ?? NEW}
        reviewId={p.detail.id}
        item={item}
        studies={p.studies}
        protocol={p.detail.protocol}
        readOnly={p.detail.role === 'viewer'}
        onSaved={(saved) => {
          p.onSaved(saved);
          setChosen(saved.id);
        }}
      />
    </>
  );
}
