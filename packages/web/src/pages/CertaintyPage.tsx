/** The certainty section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function CertaintyPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="certainty-h" data-review={detail.id}>
      <h2 id="certainty-h">{t('nav.certainty')}</h2>
    </section>
  );
}
