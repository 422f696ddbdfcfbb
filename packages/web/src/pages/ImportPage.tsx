/**
 * The import section of a review: a PubMed search (count, then fetch), an export file's upload with its report, and
 * the searches recorded so far with their files, which refresh after each import or removal.
 */

import { type SearchRow, searchesPath } from '../api/imports';
import type { ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { FileUpload } from '../import/FileUpload';
import { PubmedSearch } from '../import/PubmedSearch';
import { SearchesTable } from '../import/SearchesTable';
import '../styles/import.css';

export function ImportPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const searches = useApi<{ searches: SearchRow[] }>(searchesPath(detail.id));
  const canEdit = detail.role !== 'viewer';
  return (
    <section aria-labelledby="import-h" data-review={detail.id} className="import-page">
      <h2 id="import-h">{t('nav.import')}</h2>
      {!canEdit && <p className="muted">{t('import.viewerOnly')}</p>}
      <div className="import-grid">
        <PubmedSearch reviewId={detail.id} canEdit={canEdit} onStored={searches.reload} />
        <FileUpload
          reviewId={detail.id}
          searches={searches.data?.searches ?? []}
          canEdit={canEdit}
          onImported={searches.reload}
        />
      </div>
      <section className="card" aria-labelledby="searches-h">
        <h3 id="searches-h">{t('import.searches.title')}</h3>
        <Load state={searches}>
          {(d) => (
            <SearchesTable
              searches={d.searches}
              reviewId={detail.id}
              canRemove={detail.role === 'owner'}
              onRemoved={searches.reload}
            />
          )}
        </Load>
      </section>
    </section>
  );
}
