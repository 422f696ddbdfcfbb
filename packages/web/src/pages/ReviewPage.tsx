/** One review: its title, the section tabs, and the section the hash names. */
import { seg } from '../api/client';
import type { ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { routeHref, SECTIONS, type Section } from '../route';
import { AnalysisPage } from './AnalysisPage';
import { Overview } from './Overview';
import { ScreeningPage } from './ScreeningPage';
import { StudiesPage } from './StudiesPage';

export function ReviewPage({ id, section }: { id: string; section: Section }) {
  const { t, lang } = useI18n();
  const state = useApi<ReviewDetail>(`/api/reviews/${seg(id)}`);
  return (
    <Load state={state}>
      {(detail) => (
        <article aria-labelledby="review-h">
          <h1 id="review-h" className="review-title">
            {localText(detail.protocol.title, lang) || detail.title || t('reviews.untitled')}
          </h1>
          <nav className="tabs" aria-label={t('nav.review')}>
            {SECTIONS.map((s) => (
              <a
                key={s}
                href={routeHref({ page: 'review', id, section: s })}
                aria-current={s === section ? 'page' : undefined}
              >
                {t(`nav.${s}`)}
              </a>
            ))}
          </nav>
          {section === 'overview' && <Overview detail={detail} />}
          {section === 'screening' && <ScreeningPage detail={detail} />}
          {section === 'analysis' && <AnalysisPage detail={detail} />}
          {section === 'studies' && <StudiesPage detail={detail} />}
        </article>
      )}
    </Load>
  );
}
