/** Screening progress for the stage with the stopping aid beside the bar, and Cohen's κ between reviewers. */
import { useI18n } from '../i18n/context';
import { formatCount, type MessageKey } from '../i18n/messages';
import { StoppingPanel } from './StoppingPanel';
import type { StageProgress } from './types';

export function ProgressPanel({ progress }: { progress: StageProgress }) {
  const { t, lang, num } = useI18n();
  const rows: [MessageKey, string][] = [
    ['screen.records', formatCount(lang, progress.records)],
    ['screen.decidedByMe', formatCount(lang, progress.decidedByMe)],
    ['screen.complete', formatCount(lang, progress.complete)],
    ['screen.included', formatCount(lang, progress.included)],
    ['screen.excluded', formatCount(lang, progress.excluded)],
    ['screen.conflicts', formatCount(lang, progress.conflicts)],
    [
      'screen.kappa',
      progress.kappa
        ? `${num(progress.kappa.value, 2)} (n = ${formatCount(lang, progress.kappa.n)})`
        : t('screen.kappaNone'),
    ],
  ];
  const share = progress.records > 0 ? progress.complete / progress.records : 0;
  return (
    <section className="card" aria-labelledby="progress-h">
      <h2 id="progress-h">{t('screen.progress')}</h2>
      <div className="progress-grid">
        <div>
          <progress max={1} value={share} aria-label={t('screen.progress')} />
          <table className="table compact">
            <tbody>
              {rows.map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{t(k)}</th>
                  <td className="num">{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <StoppingPanel aid={progress.stopping ?? null} />
      </div>
    </section>
  );
}
