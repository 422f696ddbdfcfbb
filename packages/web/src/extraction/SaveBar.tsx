/** The save button (a submit button: the form around it saves) with what came of the last save: saved, invalid (issues no field shows), or changed by someone else. */
import type { FieldIssue, SaveFailure } from '../api/items';
import type { Item } from '../api/types';
import { useI18n } from '../i18n/context';
import type { Doc } from './study-form';

export function SaveBar(p: {
  saving: boolean;
  savedVersion: number | undefined;
  failure: SaveFailure | undefined;
  /** Issues of the failure that no field on screen shows. */
  unplaced: FieldIssue[];
  readOnly: boolean;
  onClose?: () => void;
  onTakeTheirs: (current: Item<Doc>) => void;
  onKeepMine: (current: Item<Doc>) => void;
}) {
  const { t } = useI18n();
  const f = p.failure;
  return (
    <div className="savebar">
      <div className="actions">
        {!p.readOnly && (
          <button type="submit" className="primary" disabled={p.saving}>
            {t('data.save')}
          </button>
        )}
        {p.onClose && (
          <button type="button" onClick={p.onClose}>
            {t('data.cancel')}
          </button>
        )}
        <p role="status" className="status-line">
          {p.saving
            ? t('data.saving')
            : p.savedVersion !== undefined
              ? t('data.saved', { version: p.savedVersion })
              : ''}
        </p>
      </div>
      {p.readOnly && <p className="muted">{t('data.readOnly')}</p>}
      {f?.kind === 'invalid' && (
        <div className="error" role="alert">
          <p>{t('data.invalid')}</p>
          {p.unplaced.length > 0 && (
            <>
              <p>{t('data.otherIssues')}</p>
              <ul>
                {p.unplaced.map((i) => (
                  <li key={`${i.path}:${i.message}`}>{i.message}</li>
                ))}
              </ul>
            </>
          )}
          {f.issues.length === 0 && <p>{f.message}</p>}
        </div>
      )}
      {f?.kind === 'conflict' && (
        <div className="error" role="alert">
          <p>{t('data.conflict', { version: f.current?.version ?? '?' })}</p>
          {f.current && (
            <div className="actions">
              <button type="button" onClick={() => p.onTakeTheirs(f.current as Item<Doc>)}>
                {t('data.takeTheirs')}
              </button>
              <button type="button" onClick={() => p.onKeepMine(f.current as Item<Doc>)}>
                {t('data.keepMine')}
              </button>
            </div>
          )}
        </div>
      )}
      {f?.kind === 'failed' && (
        <div className="error" role="alert">
          <p>{f.message}</p>
        </div>
      )}
    </div>
  );
}
