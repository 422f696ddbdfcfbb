/** The data section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function DataPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="data-h" data-review={detail.id}>
      <h2 id="data-h">{t('nav.data')}</h2>
    </section>
  );
}
