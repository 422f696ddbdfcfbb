/** One review: its title, the section tabs, and the section the hash names. */
import { seg } from '../api/client';
import type { ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { routeHref, SECTIONS, type Section } from '../route';
import { AnalysisPage } from './AnalysisPage';
import { CertaintyPage } from './CertaintyPage';
import { DataPage } from './DataPage';
import { DuplicatesPage } from './DuplicatesPage';
import { ImportPage } from './ImportPage';
import { Overview } from './Overview';
import { RecordsPage } from './RecordsPage';
import { ReportPage } from './ReportPage';
import { RobPage } from './RobPage';
import { ScreeningPage } from './ScreeningPage';
import { StudiesPage } from './StudiesPage';
import { TeamPage } from './TeamPage';

/** The page of each section. */
const SECTION_PAGES: Record<Section, (props: { detail: ReviewDetail }) => React.ReactNode> = {
  overview: Overview,
  import: ImportPage,
  records: RecordsPage,
  duplicates: DuplicatesPage,
  screening: ScreeningPage,
  studies: StudiesPage,
  data: DataPage,
  rob: RobPage,
  analysis: AnalysisPage,
  certainty: CertaintyPage,
  report: ReportPage,
  team: TeamPage,
};

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
          {(() => {
            const Page = SECTION_PAGES[section];
            return <Page detail={detail} />;
          })()}
        </article>
      )}
    </Load>
  );
}
