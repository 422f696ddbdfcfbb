/** The report at the end of an import: format, counts, and the file's issues with where each is. */
import type { ImportResult } from '../api/imports';
import { useI18n } from '../i18n/context';
import { formatCount } from '../i18n/messages';
import { serverText } from '../i18n/server-text';
import { type IssuePlace, importSummary } from './report-summary';

export function ImportReport({ result }: { result: ImportResult }) {
  const { t, lang } = useI18n();
  const s = importSummary(result);
  const n = (x: number) => formatCount(lang, x);
  const place = (p: IssuePlace | undefined) =>
    p === undefined
      ? '–'
      : p.kind === 'line'
        ? t('import.report.line', { n: n(p.line) })
        : p.kind === 'record'
          ? t('import.report.record', { n: n(p.record) })
          : p.path;
  const total = s.issues.length + s.moreIssues;
  return (
    <section className="import-report" aria-labelledby="import-report-h">
      <h3 id="import-report-h">{t('import.report.title', { file: s.file })}</h3>
      <dl className="import-counts">
        <div>
          <dt>{t('import.report.format')}</dt>
          <dd>{s.format}</dd>
        </div>
        <div>
          <dt>{t('import.report.read')}</dt>
          <dd className="num">{n(s.read)}</dd>
        </div>
        <div>
          <dt>{t('import.report.added')}</dt>
          <dd className="num">{n(s.added)}</dd>
        </div>
        <div>
          <dt>{t('import.report.renamed')}</dt>
          <dd className="num">{n(s.renamed)}</dd>
        </div>
        <div>
          <dt>{t('import.report.search')}</dt>
          <dd>{s.searchId}</dd>
        </div>
      </dl>
      {total === 0 ? (
        <p className="muted">{t('import.report.noIssues')}</p>
      ) : (
        <>
          <p>
            {s.moreIssues > 0
              ? t('import.report.issuesSome', { shown: n(s.issues.length), total: n(total) })
              : t('import.report.issuesAll', { total: n(total) })}
          </p>
          <div className="issues-box">
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('import.report.where')}</th>
                  <th scope="col">{t('import.report.severity')}</th>
                  <th scope="col">{t('import.report.message')}</th>
                </tr>
              </thead>
              <tbody>
                {s.issues.map((i, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues are a fixed list in file order
                  <tr key={k}>
                    <td className="nowrap">{place(i.place)}</td>
                    <td className={`severity-${i.severity}`}>{t(`import.report.${i.severity}`)}</td>
                    <td>
                      {serverText(lang, i.message)} <span className="muted small">({i.code})</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
