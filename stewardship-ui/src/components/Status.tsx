import { ApiError } from '../api/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A failed call never leaves a blank screen: it says what failed and why, with the server's words. */
export function ErrorBox({ error, retry }: { error: unknown; retry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  const status = error instanceof ApiError ? ` (HTTP ${error.status})` : '';
  return (
    <div className="error-box" role="alert">
      <strong>Something went wrong{status}.</strong> {message}
      {retry && (
        <button type="button" onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}

const STATES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'RELEASED'];

/** The lifecycle as a state strip: where the record is on its way to release (or blocked / obsolete). */
export function StateStrip({ state }: { state: string }) {
  const off = !STATES.includes(state);
  return (
    <ol className="state-strip" aria-label={`Lifecycle state ${state}`}>
      {(off ? [...STATES, state] : STATES).map((s) => (
        <li key={s} className={s === state ? 'current' : ''} aria-current={s === state ? 'step' : undefined}>
          {s.replace('_', ' ')}
        </li>
      ))}
    </ol>
  );
}
