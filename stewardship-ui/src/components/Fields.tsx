import type { ReactNode } from 'react';
import type { FieldError } from '../api/client';

/** The messages the server gave for one field (paths such as "gtin" or "lines[1].quantity"). */
export function errorsFor(errors: FieldError[], field: string): string[] {
  return errors.filter((e) => e.field === field || e.field === `/${field}` || e.field.startsWith(`${field}.`)).map((e) => e.message);
}

interface FieldProps {
  id: string;
  label: string;
  errors: FieldError[];
  required?: boolean;
  hint?: string;
  children: (a11y: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; required?: boolean }) => ReactNode;
}

/** A labelled form field whose server errors stand right at it, tied to the input for screen readers. */
export function Field({ id, label, errors, required, hint, children }: FieldProps) {
  const messages = errorsFor(errors, id);
  const errorId = `${id}-error`;
  return (
    <div className={`field${messages.length ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? ' *' : ''}
      </label>
      {children({ id, 'aria-invalid': messages.length > 0, 'aria-describedby': messages.length ? errorId : undefined, required })}
      {hint && <small className="hint">{hint}</small>}
      {messages.length > 0 && (
        <div className="field-error" id={errorId} role="alert">
          {messages.join('; ')}
        </div>
      )}
    </div>
  );
}

/** Errors the server named for fields this form does not show, so none is ever lost. */
export function OtherErrors({ errors, shown }: { errors: FieldError[]; shown: string[] }) {
  const rest = errors.filter((e) => !shown.some((f) => errorsFor([e], f).length > 0));
  if (rest.length === 0) return null;
  return (
    <ul className="field-error" role="alert">
      {rest.map((e) => (
        <li key={e.field + e.message}>
          <code>{e.field}</code>: {e.message}
        </li>
      ))}
    </ul>
  );
}
