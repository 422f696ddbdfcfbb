/**
 * Saving the view's settings as the protocol's: PUT /api/reviews/:id/protocol with the version last read. A 409 takes
 * the server's current protocol (details.current) so that saving again replaces it, and says what it now holds.
 */
import { useState } from 'react';
import { put } from '../api/client';
import { ApiFailure, messageOf } from '../api/errors';
import type { ReviewDetail } from '../api/types';
import { useI18n } from '../i18n/context';
import { describeSettings, protocolWith, rawSettings, type ViewSettings } from './settings';

interface Stored {
  version: number;
  protocol: Record<string, unknown>;
}

export interface ProtocolSave {
  protocol: Record<string, unknown>;
  saving: boolean;
  message: string;
  error: string | undefined;
  /** Resolves with the settings the protocol now has for the analysis (after a save or a conflict), else undefined. */
  save: (id: string, settings: ViewSettings) => Promise<{ saved: boolean; now: ViewSettings | undefined }>;
}

export function useProtocolSave(base: string, detail: ReviewDetail): ProtocolSave {
  const { t } = useI18n();
  const [stored, setStored] = useState<Stored>({
    version: detail.version,
    protocol: detail.protocol as Record<string, unknown>,
  });
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();

  const save = async (id: string, settings: ViewSettings) => {
    setSaving(true);
    setMessage(t('analysis.protocolSaving'));
    setError(undefined);
    try {
      const protocol = protocolWith(stored.protocol, id, settings);
      const answer = await put<ReviewDetail>(`${base}/protocol`, { version: stored.version, protocol });
      const now = answer.protocol as Record<string, unknown>;
      setStored({ version: answer.version, protocol: now });
      setMessage(t('analysis.protocolSaved'));
      return { saved: true, now: rawSettings(now, id) ?? settings };
    } catch (e) {
      setMessage('');
      const current =
        e instanceof ApiFailure ? (e.details as { current?: Partial<Stored> } | undefined)?.current : undefined;
      if (e instanceof ApiFailure && e.code === 'version_conflict' && current?.protocol && current.version) {
        setStored({ version: current.version, protocol: current.protocol });
        const now = rawSettings(current.protocol, id);
        setError(t('analysis.protocolConflict', { settings: now ? describeSettings(now) : '–' }));
        return { saved: false, now };
      }
      setError(
        e instanceof ApiFailure && e.status === 422
          ? t('analysis.protocolInvalid', { message: messageOf(e) })
          : messageOf(e),
      );
      return { saved: false, now: undefined };
    } finally {
      setSaving(false);
    }
  };

  return { protocol: stored.protocol, saving, message, error, save };
}
