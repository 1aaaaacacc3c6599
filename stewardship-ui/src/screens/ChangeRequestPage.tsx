import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { ChangeRequest } from '../api/types';
import { TYPE_TO_DOMAIN } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';

/** A change request: its records, the approvals decided per group and those still open. */
export function ChangeRequestPage() {
  const { id = '' } = useParams();
  const cr = useQuery({ queryKey: ['change-request', id], queryFn: () => get<ChangeRequest>(`/change-requests/${id}`) });
  if (cr.isPending) return <Loading what="the change request" />;
  if (cr.isError) return <ErrorBox error={cr.error} retry={() => void cr.refetch()} />;
  const c = cr.data;
  return (
    <article aria-labelledby="cr-title">
      <h1 id="cr-title">{c.title}</h1>
      <p>
        {c.status} · by {c.author} · opened {new Date(c.createdAt).toLocaleString()}
        {c.releaseAt ? ` · releases at ${new Date(c.releaseAt).toLocaleString()}` : ''}
      </p>
      <h2>Records</h2>
      <ul>
        {c.records.map((r) => (
          <li key={r.id}>
            <Link to={`/${TYPE_TO_DOMAIN[r.type] ?? 'items'}/${r.id}`}>{r.type} {r.id}</Link> — {r.kind}
          </li>
        ))}
      </ul>
      <h2>Approvals</h2>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Decision</th>
            <th scope="col">By</th>
            <th scope="col">When</th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {c.decisions.map((d) => (
            <tr key={d.group + d.decidedAt}>
              <td>{d.group}</td>
              <td>{d.decision}</td>
              <td>{d.decidedBy}</td>
              <td>{new Date(d.decidedAt).toLocaleString()}</td>
              <td>{d.comment ?? ''}</td>
            </tr>
          ))}
          {c.openTasks.map((t) => (
            <tr key={t.id}>
              <td>{t.group}</td>
              <td>waiting{t.overdue ? ' (overdue)' : ''}</td>
              <td>{t.assignee ?? '—'}</td>
              <td>due {t.due ? new Date(t.due).toLocaleDateString() : '—'}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
