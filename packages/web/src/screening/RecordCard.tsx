/**
 * One record as the screener reads it: title, authors, journal and year, abstract; the question's words marked, and in
 * AI order the words the model weighed most marked in a second colour.
 */
import type { QueueRecord } from '../api/types';
import { useI18n } from '../i18n/context';
import { authorNames } from '../i18n/local-text';
import { markRecord } from './mark';

function Marked({ text, stems, forms }: { text: string; stems: string[]; forms: string[] }) {
  return (
    <>
      {markRecord(text, stems, forms).map((s, i) =>
        s.kind === 'plain' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
          <span key={i}>{s.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
          <mark key={i} className={s.kind === 'question' ? undefined : `mark-${s.kind}`}>
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}

export function RecordCard({ record, stems, forms = [] }: { record: QueueRecord; stems: string[]; forms?: string[] }) {
  const { t } = useI18n();
  const authors = authorNames(record.authors);
  const names = authors.length > 6 ? `${authors.slice(0, 6).join(', ')} …` : authors.join(', ');
  const byline = [names, record.journal, record.year].filter(Boolean).join(' · ');
  return (
    <article className="record" aria-labelledby="record-title">
      <h2 id="record-title">
        {record.title ? <Marked text={record.title} stems={stems} forms={forms} /> : t('screen.noTitle')}
      </h2>
      {byline && <p className="muted">{byline}</p>}
      {record.abstract ? (
        <p className="abstract">
          <Marked text={record.abstract} stems={stems} forms={forms} />
        </p>
      ) : (
        <p className="muted">{t('screen.noAbstract')}</p>
      )}
    </article>
  );
}
