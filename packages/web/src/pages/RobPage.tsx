/** The rob section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function RobPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="rob-h" data-review={detail.id}>
      <h2 id="rob-h">{t('nav.rob')}</h2>
    </section>
  );
}
