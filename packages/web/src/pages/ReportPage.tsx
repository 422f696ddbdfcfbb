/** The report section: the PRISMA 2020 flow diagram, and the report and the review folder to download. */
import type { PrismaCounts } from '@evidens/review';
import { seg } from '../api/client';
import type { ModelAnswer, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { Downloads } from '../report/Downloads';
import { PrismaPanel } from '../report/PrismaPanel';
import '../styles/report.css';

const errorCount = (issues: unknown[]) =>
  issues.filter((i) => (i as { severity?: string } | null)?.severity === 'error').length;

export function ReportPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const base = `/api/reviews/${seg(detail.id)}`;
  const prisma = useApi<PrismaCounts>(`${base}/prisma`);
  const model = useApi<ModelAnswer>(`${base}/model`);
  return (
    <section aria-labelledby="report-h" data-review={detail.id} className="report">
      <h2 id="report-h">{t('nav.report')}</h2>
      <p className="muted">{t('report.intro')}</p>
      <div className="report-grid">
        {/* The links show at once; the model only says whether the report can be made yet. */}
        <Downloads detail={detail} errors={model.data ? errorCount(model.data.issues) : 0} />
        <Load state={prisma}>{(counts) => <PrismaPanel counts={counts} />}</Load>
      </div>
    </section>
  );
}
