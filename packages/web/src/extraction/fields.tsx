/** Labelled inputs that show the messages of their own field beside them (from a 422 or from the calculator). */
import { createContext, type ReactNode, useContext, useId } from 'react';
import type { FieldIssue } from '../api/items';
import { isAbout } from './issues';

export const IssuesContext = createContext<readonly FieldIssue[]>([]);
export const ReadOnlyContext = createContext(false);

function useIssues(path: string | undefined, exact = false): FieldIssue[] {
  const all = useContext(IssuesContext);
  return path === undefined ? [] : all.filter((i) => isAbout(i, path, exact));
}

function Messages({ id, issues }: { id: string; issues: FieldIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <span id={id} className="field-msg">
      {issues.map((i) => i.message).join('; ')}
    </span>
  );
}

interface Common {
  label: string;
  path?: string;
  hint?: string;
  className?: string;
}

export function TextField(p: Common & { value: string; onChange: (v: string) => void; numeric?: boolean }) {
  const id = useId();
  const issues = useIssues(p.path);
  const readOnly = useContext(ReadOnlyContext);
  const bad = issues.length > 0;
  return (
    <div className={`xfield${p.numeric ? ' xnum' : ''} ${p.className ?? ''}`}>
      <label htmlFor={id}>
        {p.label}
        {p.hint && <span className="hint"> ({p.hint})</span>}
      </label>
      <input
        id={id}
        value={p.value}
        inputMode={p.numeric ? 'decimal' : undefined}
        readOnly={readOnly}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-m` : undefined}
        onChange={(e) => p.onChange(e.target.value)}
      />
      <Messages id={`${id}-m`} issues={issues} />
    </div>
  );
}

export function AreaField(p: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  const issues = useIssues(p.path);
  const readOnly = useContext(ReadOnlyContext);
  const bad = issues.length > 0;
  return (
    <div className={`xfield ${p.className ?? ''}`}>
      <label htmlFor={id}>
        {p.label}
        {p.hint && <span className="hint"> ({p.hint})</span>}
      </label>
      <textarea
        id={id}
        value={p.value}
        rows={p.rows ?? Math.min(6, Math.max(2, p.value.split('\n').length))}
        readOnly={readOnly}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-m` : undefined}
        onChange={(e) => p.onChange(e.target.value)}
      />
      <Messages id={`${id}-m`} issues={issues} />
    </div>
  );
}

export function SelectField(
  p: Common & { value: string; onChange: (v: string) => void; options: readonly (readonly [string, string])[] },
) {
  const id = useId();
  const issues = useIssues(p.path);
  const readOnly = useContext(ReadOnlyContext);
  const bad = issues.length > 0;
  const known = p.options.some(([v]) => v === p.value);
  return (
    <div className={`xfield ${p.className ?? ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <select
        id={id}
        value={p.value}
        disabled={readOnly}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-m` : undefined}
        onChange={(e) => p.onChange(e.target.value)}
      >
        {!known && <option value={p.value}>{p.value || '–'}</option>}
        {p.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <Messages id={`${id}-m`} issues={issues} />
    </div>
  );
}

/** A fieldset with a legend that shows the messages about the group as a whole (`arms`, `arms.intervention`). */
export function Group(p: { legend: string; path?: string; children: ReactNode; className?: string }) {
  const issues = useIssues(p.path, true);
  const id = useId();
  return (
    <fieldset className={`xgroup ${p.className ?? ''}`} aria-describedby={issues.length > 0 ? id : undefined}>
      <legend>{p.legend}</legend>
      <Messages id={id} issues={issues} />
      {p.children}
    </fieldset>
  );
}
