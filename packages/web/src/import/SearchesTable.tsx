/** The searches of the protocol with the records stored from each. */
import type { SearchRow } from '../api/imports';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { formatCount, formatDate } from '../i18n/messages';

export function SearchesTable({ searches }: { searches: SearchRow[] }) {
  const { t, lang } = useI18n();
  if (searches.length === 0) return <p className="muted">{t('import.searches.none')}</p>;
  const count = (x: number | undefined) => (typeof x === 'number' ? formatCount(lang, x) : '–');
  return (
    <div className="scroll-x">
      <table className="table searches-table">
        <caption className="sr-only">{t('import.searches.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.searches.source')}</th>
            <th scope="col">{t('import.searches.query')}</th>
            <th scope="col">{t('import.searches.date')}</th>
            <th scope="col" className="num">
              {t('import.searches.hits')}
            </th>
            <th scope="col" className="num">
              {t('import.searches.stored')}
            </th>
          </tr>
        </thead>
        <tbody>
          {searches.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {localText(s.source, lang) ?? s.id}
                {s.kind && <span className="muted small"> · {t(kindKey(s.kind))}</span>}
              </th>
              <td className="query-cell">{s.query ? <code>{s.query}</code> : '–'}</td>
              <td className="nowrap">{s.date === undefined ? '–' : formatDate(lang, String(s.date))}</td>
              <td className="num">{count(s.hits)}</td>
              <td className="num">{count(s.stored)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function kindKey(kind: string) {
  return kind === 'database' ? 'import.searches.kind.database' : 'import.searches.kind.other';
}
