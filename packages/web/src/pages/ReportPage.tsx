/** The report section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function ReportPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="report-h" data-review={detail.id}>
      <h2 id="report-h">{t('nav.report')}</h2>
    </section>
  );
}
