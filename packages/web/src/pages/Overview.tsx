/** The review at a glance: question, eligibility, searches, PRISMA counts and the downloads. */
import { seg } from '../api/client';
import type { PrismaCounts, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { formatCount, type MessageKey } from '../i18n/messages';
import { CriteriaList } from './CriteriaList';

export function Overview({ detail }: { detail: ReviewDetail }) {
  const { t, lang } = useI18n();
  const p = detail.protocol;
  const prisma = useApi<PrismaCounts>(`/api/reviews/${seg(detail.id)}/prisma`);
  const base = `/api/reviews/${seg(detail.id)}`;
  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="q-h">
        <h2 id="q-h">{t('overview.question')}</h2>
        <dl className="pico">
          {(['population', 'intervention', 'comparator'] as const).map((k) => (
            <div key={k}>
              <dt>{t(`pico.${k}`)}</dt>
              <dd>{localText(p.question?.[k], lang) ?? '–'}</dd>
            </div>
          ))}
        </dl>
        {p.objective && (
          <>
            <h3>{t('overview.objective')}</h3>
            <p>{localText(p.objective, lang)}</p>
          </>
        )}
        <h2>{t('overview.eligibility')}</h2>
        <CriteriaList eligibility={p.eligibility} />
      </section>
      <div className="stack">
        <section className="card" aria-labelledby="prisma-h">
          <h2 id="prisma-h">{t('overview.prisma')}</h2>
          <Load state={prisma}>{(c) => <PrismaTable counts={c} />}</Load>
        </section>
        <section className="card" aria-labelledby="s-h">
          <h2 id="s-h">{t('overview.searches')}</h2>
          {(p.searches ?? []).length === 0 ? (
            <p>{t('overview.noSearches')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('overview.source')}</th>
                  <th scope="col">{t('overview.date')}</th>
                  <th scope="col" className="num">
                    {t('overview.hits')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(p.searches ?? []).map((s, i) => (
                  <tr key={s.id ?? i}>
                    <td>{localText(s.source, lang) ?? '–'}</td>
                    <td>{s.date ?? '–'}</td>
                    <td className="num">{typeof s.hits === 'number' ? formatCount(lang, s.hits) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="card" aria-labelledby="d-h">
          <h2 id="d-h">{t('overview.downloads')}</h2>
          <ul className="links">
            <li>
              <a href={`${base}/report?format=html&lang=${lang}`}>{t('overview.reportHtml')}</a>
            </li>
            <li>
              <a href={`${base}/report?format=docx&lang=${lang}`}>{t('overview.reportDocx')}</a>
            </li>
            <li>
              <a href={`${base}/folder.zip`}>{t('overview.folder')}</a>
            </li>
          </ul>
        </section>
      </div>
    </div>
  );
}

function PrismaTable({ counts }: { counts: PrismaCounts }) {
  const { t, lang } = useI18n();
  const excludedFullText = counts.reports.reportsExcluded.reduce((s, r) => s + r.n, 0);
  const rows: [MessageKey, number][] = [
    ['overview.identified', counts.identified],
    ['overview.duplicates', counts.removedBeforeScreening.duplicates],
    ['overview.screened', counts.screened],
    ['overview.excludedScreening', counts.excludedAtScreening],
    ['overview.reportsAssessed', counts.reports.reportsAssessed],
    ['overview.reportsExcluded', excludedFullText],
    ['overview.studiesIncluded', counts.studiesIncluded],
    ['overview.unresolved', counts.unresolved.length],
  ];
  return (
    <table className="table compact">
      <tbody>
        {rows.map(([key, n]) => (
          <tr key={key}>
            <th scope="row">{t(key)}</th>
            <td className="num">{formatCount(lang, n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
