/**
 * The included studies: a table of their characteristics, and for each study the form with every field of
 * studies.yaml (opened from the table); "New study" adds one.
 */
import { useState } from 'react';
import { seg } from '../api/client';
import type { Item, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { StudyEditor } from '../extraction/StudyEditor';
import { type Doc, newStudyForm } from '../extraction/study-form';
import { useI18n } from '../i18n/context';
import { localList, localText } from '../i18n/local-text';
import { formatCount } from '../i18n/messages';
import '../styles/extraction.css';

type Open = { kind: 'closed' } | { kind: 'study'; id: string } | { kind: 'new' };

export function StudiesPage({ detail }: { detail: ReviewDetail }) {
  const { t, lang } = useI18n();
  const state = useApi<{ items: Item<Doc>[] }>(`/api/reviews/${seg(detail.id)}/studies`);
  const [open, setOpen] = useState<Open>({ kind: 'closed' });
  const readOnly = detail.role === 'viewer';
  return (
    <section aria-labelledby="studies-h">
      <div className="title-row">
        <h2 id="studies-h">{t('studies.title')}</h2>
        {!readOnly && open.kind === 'closed' && (
          <button type="button" onClick={() => setOpen({ kind: 'new' })}>
            {t('data.studies.new')}
          </button>
        )}
      </div>
      <Load state={state}>
        {({ items }) => {
          const replace = (saved: Item<Doc>) => {
            const known = items.some((i) => i.id === saved.id);
            state.set({ items: known ? items.map((i) => (i.id === saved.id ? saved : i)) : [...items, saved] });
            setOpen({ kind: 'study', id: saved.id });
          };
          if (open.kind !== 'closed') {
            const item = open.kind === 'study' ? items.find((i) => i.id === open.id) : undefined;
            return (
              <StudyEditor
                key={open.kind === 'study' ? open.id : 'new'}
                reviewId={detail.id}
                item={item}
                initial={item ? undefined : newStudyForm(lang)}
                readOnly={readOnly}
                onSaved={replace}
                onClose={() => setOpen({ kind: 'closed' })}
              />
            );
          }
          return items.length === 0 ? (
            <p>{t('studies.empty')}</p>
          ) : (
            <StudiesTable items={items} onOpen={(id) => setOpen({ kind: 'study', id })} />
          );
        }}
      </Load>
    </section>
  );
}

function StudiesTable({ items, onOpen }: { items: Item<Doc>[]; onOpen: (id: string) => void }) {
  const { t, lang } = useI18n();
  const text = (v: unknown) => localText(v, lang) ?? '–';
  const sub = (doc: Doc, key: string) => (doc[key] && typeof doc[key] === 'object' ? (doc[key] as Doc) : {});
  return (
    <div className="scroll-x">
      <table className="table studies">
        <thead>
          <tr>
            <th scope="col">{t('studies.label')}</th>
            <th scope="col">{t('studies.design')}</th>
            <th scope="col">{t('studies.country')}</th>
            <th scope="col">{t('studies.population')}</th>
            <th scope="col" className="num">
              {t('studies.randomised')}
            </th>
            <th scope="col">{t('studies.intervention')}</th>
            <th scope="col">{t('studies.comparator')}</th>
            <th scope="col">{t('studies.outcomes')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ id, doc }) => {
            const label = localText(doc.label, lang) ?? id;
            const intervention = sub(doc, 'intervention');
            return (
              <tr key={id}>
                <th scope="row">
                  <button
                    type="button"
                    className="linkish"
                    aria-label={t('data.studies.open', { label })}
                    onClick={() => onOpen(id)}
                  >
                    {label}
                  </button>
                </th>
                <td>{designName(doc.design, t)}</td>
                <td>{text(doc.country)}</td>
                <td className="wide">{text(doc.population)}</td>
                <td className="num">{typeof doc.randomised === 'number' ? formatCount(lang, doc.randomised) : '–'}</td>
                <td className="wide">
                  {[intervention.agent, intervention.dose, intervention.duration]
                    .map((v) => localText(v, lang))
                    .filter(Boolean)
                    .join(', ') || '–'}
                </td>
                <td>{text(sub(doc, 'comparator').description)}</td>
                <td>{localList(doc.outcomes, lang).join('; ') || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function designName(design: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (design === 'parallel' || design === 'crossover' || design === 'cluster') return t(`design.${design}`);
  return typeof design === 'string' ? design : '–';
}
