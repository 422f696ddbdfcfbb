/**
 * The duplicates section: find duplicates, go through the groups found (filtered by status, with the count of each),
 * decide each one side by side, and merge records by hand. Viewers see the groups without the buttons.
 */
import '../styles/duplicates.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type DedupGroupView, type DedupStatus, listGroups } from '../api/dedup';
import { messageOf } from '../api/errors';
import type { ReviewDetail } from '../api/types';
import { ErrorBox, Loading } from '../components/status';
import { dedupActions } from '../duplicates/actions';
import { statusCounts } from '../duplicates/evidence';
import { GroupCard } from '../duplicates/GroupCard';
import { MergePanel } from '../duplicates/MergePanel';
import { RunDedup } from '../duplicates/RunDedup';
import { useI18n } from '../i18n/context';

type Filter = DedupStatus | 'all';
const FILTERS: Filter[] = ['proposed', 'confirmed', 'rejected', 'all'];
/** Groups shown at once: each reads its records, so a long list is shown a page at a time. */
const PAGE = 20;

export function DuplicatesPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const actions = dedupActions(detail.role);
  const [groups, setGroups] = useState<DedupGroupView[]>();
  const [error, setError] = useState<string>();
  const [filter, setFilter] = useState<Filter>('proposed');
  const [shown, setShown] = useState(PAGE);
  const [notices, setNotices] = useState<Record<string, string>>({});
  const [merging, setMerging] = useState(false);

  const load = useCallback(async () => {
    try {
      setGroups(await listGroups(detail.id));
      setError(undefined);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [detail.id]);
  useEffect(() => {
    void load();
  }, [load]);

  const counts = useMemo(() => statusCounts(groups ?? []), [groups]);
  const visible = (groups ?? []).filter((g) => filter === 'all' || g.status === filter);
  const onPage = visible.slice(0, shown);
  // A group someone else changed may have left the filter: then the page says so itself.
  const hiddenChange = Object.keys(notices).some((id) => !onPage.some((g) => g.id === id));
  const saved = (next: DedupGroupView) => {
    setGroups((all) => all?.map((g) => (g.id === next.id ? next : g)));
    setNotices(({ [next.id]: _, ...rest }) => rest);
  };
  const conflict = (id: string) => {
    setNotices((n) => ({ ...n, [id]: t('duplicates.conflict') }));
    void load();
  };

  return (
    <div className="duplicates">
      <div className="toolbar dup-toolbar">
        {actions.run && <RunDedup reviewId={detail.id} onDone={() => void load()} />}
        <fieldset className="dup-filter">
          <legend className="sr-only">{t('duplicates.filter')}</legend>
          {FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              onClick={() => {
                setFilter(f);
                setShown(PAGE);
              }}
            >
              {t(`duplicates.filter.${f}`)} <span className="dup-count">{groups ? counts[f] : '…'}</span>
            </button>
          ))}
        </fieldset>
        {actions.merge && (
          <button type="button" aria-expanded={merging} aria-controls="dup-merge" onClick={() => setMerging(!merging)}>
            {t('duplicates.mergeToggle')}
          </button>
        )}
      </div>
      {merging && (
        <div id="dup-merge">
          <MergePanel reviewId={detail.id} onMerged={() => void load()} />
        </div>
      )}
      {hiddenChange && (
        <p className="dup-notice" role="status">
          {t('duplicates.conflictElsewhere')}
        </p>
      )}
      {error && <ErrorBox message={error} onRetry={() => void load()} />}
      {!groups && !error && <Loading />}
      {groups && visible.length === 0 && (
        <p className="card muted">
          {groups.length === 0 ? t('duplicates.none') : t('duplicates.noneOfStatus', { status: statusWord(t, filter) })}
        </p>
      )}
      <div className="stack">
        {onPage.map((g) => (
          <GroupCard
            key={g.id}
            reviewId={detail.id}
            group={g}
            canDecide={actions.decide}
            notice={notices[g.id]}
            onSaved={saved}
            onReload={() => void load()}
            onConflict={conflict}
          />
        ))}
      </div>
      {visible.length > shown && (
        <div className="actions">
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            {t('duplicates.more', { shown, total: visible.length })}
          </button>
        </div>
      )}
    </div>
  );
}

function statusWord(t: ReturnType<typeof useI18n>['t'], filter: Filter): string {
  return filter === 'all' ? '' : t(`duplicates.status.${filter}`).toLowerCase();
}
