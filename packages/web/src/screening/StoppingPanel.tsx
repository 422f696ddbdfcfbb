/**
 * The stopping aid beside the progress bar: records screened since the last relevant one, relevant records estimated
 * to remain unseen (with the upper bound), the estimated recall, and what stopping now risks, in the page's language.
 * It informs only: nothing stops screening because of it.
 */
import { useI18n } from '../i18n/context';
import { formatCount } from '../i18n/messages';
import { formatPercent, stoppingCase } from './confidence';
import type { StoppingAid } from './types';

export function StoppingPanel({ aid }: { aid: StoppingAid | null }) {
  const { t, lang, num } = useI18n();
  if (!aid)
    return (
      <div className="stopping">
        <h3>{t('screen.stop.heading')}</h3>
        <p className="muted small">{t('screen.stop.notYet')}</p>
      </div>
    );
  const count = (n: number) => formatCount(lang, n);
  const level = formatPercent(lang, aid.remaining.level);
  const estimate = num(aid.remaining.estimate, 1);
  const recall = formatPercent(lang, aid.recall.estimate, true);
  const lower = formatPercent(lang, aid.recall.lower, true);
  const kind = stoppingCase(aid);
  const since =
    kind === 'none'
      ? t('screen.stop.none', { screened: count(aid.screened) })
      : t('screen.stop.since', { n: count(aid.sinceLastRelevant) });
  const sentence =
    kind === 'all'
      ? t('screen.stop.all')
      : t('screen.stop.sentence', {
          unscreened: count(aid.unscreened),
          since,
          windowRelevant: count(aid.window.relevant),
          window: count(aid.window.size),
          estimate,
          upper: count(aid.remaining.upper),
          level,
          recall,
          lower,
        });
  return (
    <div className="stopping">
      <h3>{t('screen.stop.heading')}</h3>
      <dl className="stopping-numbers">
        <div>
          <dt>{t('screen.stop.sinceLast')}</dt>
          <dd>{count(aid.sinceLastRelevant)}</dd>
        </div>
        <div>
          <dt>{t('screen.stop.unseen')}</dt>
          <dd>{t('screen.stop.unseenValue', { estimate, upper: count(aid.remaining.upper), level })}</dd>
        </div>
        <div>
          <dt>{t('screen.stop.recall')}</dt>
          <dd>{t('screen.stop.recallValue', { recall, lower })}</dd>
        </div>
      </dl>
      <p className="stopping-sentence small">{sentence}</p>
    </div>
  );
}
