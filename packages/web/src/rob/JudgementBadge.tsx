/** A RoB 2 judgement as a coloured badge with its words (never colour alone). */
import type { RobJudgement } from '@evidens/review';
import { useI18n } from '../i18n/context';
import { judgementKey } from './words';

export function JudgementBadge({ judgement }: { judgement: RobJudgement | undefined }) {
  const { t } = useI18n();
  return <span className={`rob-badge ${judgement ?? 'none'}`}>{t(judgementKey(judgement))}</span>;
}
