/** The eligibility criteria as three short lists (overview and beside the record being screened). */
import type { RawProtocol } from '../api/types';
import { useI18n } from '../i18n/context';
import { localList } from '../i18n/local-text';

export function CriteriaList({ eligibility }: { eligibility: RawProtocol['eligibility'] }) {
  const { t, lang } = useI18n();
  const parts = [
    ['overview.designs', localList(eligibility?.designs, lang)],
    ['overview.include', localList(eligibility?.include, lang)],
    ['overview.exclude', localList(eligibility?.exclude, lang)],
  ] as const;
  return (
    <>
      {parts.map(([key, list]) =>
        list.length > 0 ? (
          <div key={key}>
            <h3>{t(key)}</h3>
            <ul>
              {list.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </>
  );
}
