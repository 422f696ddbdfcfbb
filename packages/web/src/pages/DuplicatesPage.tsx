/** The duplicates section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function DuplicatesPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="duplicates-h" data-review={detail.id}>
      <h2 id="duplicates-h">{t('nav.duplicates')}</h2>
    </section>
  );
}
