/** Loading and failure states, announced to screen readers. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

export function ErrorBox({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** Renders `children(data)` once loaded, the failure with a retry button, or the loading line. */
export function Load<T>(props: {
  state: { data: T | undefined; error: string | undefined; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  const { data, error, reload } = props.state;
  if (error) return <ErrorBox message={error} onRetry={reload} />;
  if (data === undefined) return <Loading />;
  return <>{props.children(data)}</>;
}
