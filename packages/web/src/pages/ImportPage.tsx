/** The import section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function ImportPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="import-h" data-review={detail.id}>
      <h2 id="import-h">{t('nav.import')}</h2>
    </section>
  );
}
