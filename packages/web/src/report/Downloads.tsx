/** The report in HTML, DOCX and Markdown, in Danish and English, and the review folder: links with the file names. */
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { downloads } from './downloads';

export function Downloads(props: { detail: ReviewDetail; errors: number }) {
  const { t } = useI18n();
  const all = downloads(props.detail.id, props.detail.protocol.title, props.detail.title);
  const folder = all.find((d) => d.format === 'zip');
  return (
    <section className="card report-downloads" aria-labelledby="report-dl-h">
      <h3 id="report-dl-h">{t('report.downloads')}</h3>
      {props.errors > 0 && (
        <p className="error-text" role="alert">
          {t('report.errors', { n: props.errors })}
        </p>
      )}
      <div className="report-langs">
        {(['da', 'en'] as const).map((lang) => (
          <div key={lang}>
            <h4 id={`report-${lang}-h`}>{t('report.reportIn', { language: t(`report.lang.${lang}`) })}</h4>
            <ul aria-labelledby={`report-${lang}-h`} className="report-links">
              {all
                .filter((d) => d.lang === lang)
                .map((d) => (
                  <li key={d.url}>
                    {props.errors > 0 ? (
                      <span className="muted">{t(`report.format.${d.format}` as MessageKey)}</span>
                    ) : (
                      <a href={d.url} download={d.fileName} hrefLang={lang}>
                        {t(`report.format.${d.format}` as MessageKey)}
                      </a>
                    )}
                    <code>{d.fileName}</code>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="muted small">{t('report.slow')}</p>
      {folder && (
        <>
          <h4>{t('report.folder')}</h4>
          <p>
            <a href={folder.url} download={folder.fileName}>
              {t('report.format.zip')}
            </a>
            <code>{folder.fileName}</code>
          </p>
          <p className="muted small">{t('report.folderHint')}</p>
        </>
      )}
    </section>
  );
}
