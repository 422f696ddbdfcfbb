/** The evidence that joined a group, pair by pair, folded away under a summary. */
import { useI18n } from '../i18n/context';
import { serverText } from '../i18n/server-text';
import type { EvidencePair } from './evidence';

export function EvidenceList({ pairs }: { pairs: readonly EvidencePair[] }) {
  const { t, num, lang } = useI18n();
  if (pairs.length === 0) return null;
  return (
    <details className="dup-evidence">
      <summary>
        {pairs.length === 1 ? t('duplicates.evidenceOne') : t('duplicates.evidence', { n: pairs.length })}
      </summary>
      {pairs.map((p) => (
        <div key={p.ids.join('|')}>
          <p className="small strong">{t('duplicates.pair', { a: p.ids[0], b: p.ids[1], score: num(p.score, 1) })}</p>
          {p.note && <p className="small muted">{p.note}</p>}
          <ul className="small">
            {p.evidence.map((e) => (
              <li key={`${e.field}|${e.detail}`} className={`dup-ev-${e.kind}`}>
                {t(`duplicates.field.${fieldRow(e.field)}`)}: {serverText(lang, e.detail)} ({e.weight > 0 ? '+' : ''}
                {num(e.weight, 1)})
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

/** The row name of an evidence field (volume, issue and pages are one row; the kind of item has its own word). */
function fieldRow(field: string) {
  if (field === 'volume' || field === 'issue' || field === 'pages') return 'locator';
  if (['title', 'authors', 'journal', 'year', 'doi', 'pmid'].includes(field))
    return field as 'title' | 'authors' | 'journal' | 'year' | 'doi' | 'pmid';
  return 'kind';
}
