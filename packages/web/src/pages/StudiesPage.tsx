/** The included studies and their characteristics, from the stored study items. */
import { seg } from '../api/client';
import type { Item, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { localList, localText } from '../i18n/local-text';
import { formatCount } from '../i18n/messages';

/** The fields of a studies.yaml entry the table shows; the document is the file as written, so all are optional. */
interface StudyDoc {
  id?: string;
  label?: string;
  year?: number;
  design?: string;
  country?: unknown;
  population?: unknown;
  randomised?: number;
  intervention?: { agent?: unknown; salt?: unknown; dose?: unknown; duration?: unknown };
  comparator?: { description?: unknown };
  outcomes?: unknown;
}

export function StudiesPage({ detail }: { detail: ReviewDetail }) {
  const { t, lang } = useI18n();
  const text = (v: unknown) => localText(v, lang) ?? '–';
  const state = useApi<{ items: Item<StudyDoc>[] }>(`/api/reviews/${seg(detail.id)}/studies`);
  return (
    <section aria-labelledby="studies-h">
      <h2 id="studies-h">{t('studies.title')}</h2>
      <Load state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('studies.empty')}</p>
          ) : (
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
                  {items.map(({ id, doc }) => (
                    <tr key={id}>
                      <th scope="row">{doc.label ?? doc.id ?? id}</th>
                      <td>{designName(doc.design, t)}</td>
                      <td>{text(doc.country)}</td>
                      <td className="wide">{text(doc.population)}</td>
                      <td className="num">
                        {typeof doc.randomised === 'number' ? formatCount(lang, doc.randomised) : '–'}
                      </td>
                      <td className="wide">
                        {[doc.intervention?.agent, doc.intervention?.dose, doc.intervention?.duration]
                          .map((v) => localText(v, lang))
                          .filter(Boolean)
                          .join(', ') || '–'}
                      </td>
                      <td>{text(doc.comparator?.description)}</td>
                      <td>{localList(doc.outcomes, lang).join('; ') || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Load>
    </section>
  );
}

function designName(design: string | undefined, t: ReturnType<typeof useI18n>['t']): string {
  if (design === 'parallel' || design === 'crossover' || design === 'cluster') return t(`design.${design}`);
  return design ?? '–';
}
