/** The team section of a review. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export function TeamPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="team-h" data-review={detail.id}>
      <h2 id="team-h">{t('nav.team')}</h2>
    </section>
  );
}
