/**
 * The numbers of each study in the analysis, editable: a change recomputes the plot at once (optimistic) and is saved
 * with PUT and the item's version when the field is left; a 409 puts the stored value back and says so.
 */

import type { OutcomeData } from '@evidens/review';
import { useState } from 'react';
import { useI18n } from '../i18n/context';
import { parseNumber } from '../i18n/messages';
import { editableFields, type Field, type Path } from './edit';

export interface DataRow {
  /** Index into review.data. */
  index: number;
  label: string;
  entry: OutcomeData;
}

export function DataTable(props: {
  rows: DataRow[];
  onEdit: (index: number, path: Path, value: number) => void;
  onCommit: (index: number) => void;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  return (
    <table className="table data-table">
      <caption className="muted">{t('analysis.dataHint')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.study')}</th>
          <th scope="col">{t('analysis.data')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => {
          const fields = editableFields(row.entry);
          return (
            <tr key={row.index}>
              <th scope="row">{row.label}</th>
              <td>
                {fields.length === 0 ? (
                  <span className="muted">{t('analysis.otherShape')}</span>
                ) : (
                  <div className="fields">
                    {fields.map((f) => (
                      <NumberInput
                        key={f.path.join('.')}
                        field={f}
                        label={`${row.label}: ${fieldLabel(f, t)}`}
                        text={fieldLabel(f, t)}
                        readOnly={props.readOnly}
                        onValue={(v) => props.onEdit(row.index, f.path, v)}
                        onCommit={() => props.onCommit(row.index)}
                      />
                    ))}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function fieldLabel(f: Field, t: T): string {
  const name = t(`analysis.field.${f.name}` as Parameters<T>[0]);
  if (f.group === 'intervention') return `${t('analysis.intervention')} ${name}`;
  if (f.group === 'comparator') return `${t('analysis.comparator')} ${name}`;
  return name;
}

function NumberInput(props: {
  field: Field;
  label: string;
  text: string;
  readOnly: boolean;
  onValue: (v: number) => void;
  onCommit: () => void;
}) {
  const { lang } = useI18n();
  const shown = (v: number | undefined) =>
    v === undefined ? '' : lang === 'da' ? String(v).replace('.', ',') : String(v);
  const [draft, setDraft] = useState<string>();
  const [invalid, setInvalid] = useState(false);
  return (
    <label className="num-field">
      <span>{props.text}</span>
      <input
        inputMode="decimal"
        aria-label={props.label}
        aria-invalid={invalid}
        readOnly={props.readOnly}
        value={draft ?? shown(props.field.value)}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = parseNumber(e.target.value);
          setInvalid(v === undefined);
          if (v !== undefined) props.onValue(v);
        }}
        onBlur={() => {
          if (draft === undefined) return;
          setDraft(undefined);
          setInvalid(false);
          props.onCommit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        }}
      />
    </label>
  );
}
