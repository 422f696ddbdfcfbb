/** The records section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function RecordsPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="records-h" data-review={detail.id}>
      <h2 id="records-h">{t('nav.records')}</h2>
    </section>
  );
}
