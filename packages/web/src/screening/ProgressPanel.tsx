/** Screening progress for the stage, and Cohen's κ between reviewers when there is one. */
import type { Progress } from '../api/types';
import { useI18n } from '../i18n/context';
import { formatCount, type MessageKey } from '../i18n/messages';

export function ProgressPanel({ progress }: { progress: Progress }) {
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
    </section>
  );
}
