/** Every review the user can see, with their role and counts, and the way to start a new one. */
import type { ReviewSummary } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { formatCount, formatDate } from '../i18n/messages';
import { routeHref } from '../route';

export function ReviewsList() {
  const { t, lang } = useI18n();
  const state = useApi<{ reviews: ReviewSummary[] }>('/api/reviews');
  return (
    <section aria-labelledby="reviews-h">
      <div className="title-row">
        <h1 id="reviews-h">{t('reviews.title')}</h1>
        <a className="button primary" href={routeHref({ page: 'new-review' })}>
          {t('reviews.new')}
        </a>
      </div>
      <Load state={state}>
        {({ reviews }) =>
          reviews.length === 0 ? (
            <p>{t('reviews.empty')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('reviews.col.title')}</th>
                  <th scope="col">{t('reviews.col.role')}</th>
                  <th scope="col" className="num">
                    {t('reviews.col.records')}
                  </th>
                  <th scope="col" className="num">
                    {t('reviews.col.studies')}
                  </th>
                  <th scope="col">{t('reviews.col.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <a href={routeHref({ page: 'review', id: r.id, section: 'overview' })}>
                        {r.title || t('reviews.untitled')}
                      </a>
                    </td>
                    <td>{t(`role.${r.role}`)}</td>
                    <td className="num">{formatCount(lang, r.counts.records)}</td>
                    <td className="num">{formatCount(lang, r.counts.studies)}</td>
                    <td>{formatDate(lang, r.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Load>
    </section>
  );
}
