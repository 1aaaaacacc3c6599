import { show, type Change } from './diff';

const LABEL = { ADDED: 'added', REMOVED: 'removed', CHANGED: 'changed' } as const;

/** Changed fields only, old → new side by side, like a code review. */
export function DiffView({ changes, caption }: { changes: Change[]; caption: string }) {
  if (changes.length === 0) return <p className="muted">No differences.</p>;
  return (
    <table className="diff">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Change</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path + c.kind} className={`diff-${c.kind.toLowerCase()}`}>
            <th scope="row"><code>{c.path}</code></th>
            <td>{LABEL[c.kind]}</td>
            <td className="before">{c.kind === 'ADDED' ? '' : show(c.before)}</td>
            <td className="after">{c.kind === 'REMOVED' ? '' : show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
