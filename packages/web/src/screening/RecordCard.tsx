/** One record as the screener reads it: title, authors, journal and year, abstract, question words marked. */
import type { QueueRecord } from '../api/types';
import { highlight } from '../highlight';
import { useI18n } from '../i18n/context';
import { authorNames } from '../i18n/local-text';

function Marked({ text, stems }: { text: string; stems: string[] }) {
  return (
    <>
      {highlight(text, stems).map((s, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
        s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}

export function RecordCard({ record, stems }: { record: QueueRecord; stems: string[] }) {
  const { t } = useI18n();
  const authors = authorNames(record.authors);
  const names = authors.length > 6 ? `${authors.slice(0, 6).join(', ')} …` : authors.join(', ');
  const byline = [names, record.journal, record.year].filter(Boolean).join(' · ');
  return (
    <article className="record" aria-labelledby="record-title">
      <h2 id="record-title">{record.title ? <Marked text={record.title} stems={stems} /> : t('screen.noTitle')}</h2>
      {byline && <p className="muted">{byline}</p>}
      {record.abstract ? (
        <p className="abstract">
          <Marked text={record.abstract} stems={stems} />
        </p>
      ) : (
        <p className="muted">{t('screen.noAbstract')}</p>
      )}
    </article>
  );
}
