import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, get, ApiError } from '../api/client';
import type { ChangeRequest, Task } from '../api/types';
import { TYPE_TO_DOMAIN } from '../api/types';
import { useMe } from '../auth/context';
import { mayDecide } from '../auth/roles';
import { ErrorBox, Loading } from '../components/Status';
import { DiffView } from '../components/DiffView';
import { diffRecords } from '../components/diff';

type Verb = 'claim' | 'approve' | 'reject' | 'delegate';

/**
 * Home: what waits for me and my groups, overdue first then oldest. Each row carries enough of the change
 * (records, who asked, why) to decide; several tasks can be claimed or approved at once. Four eyes is visible:
 * a task on my own change says so and offers no decision.
 */
export function Inbox() {
  const me = useMe();
  const client = useQueryClient();
  const tasks = useQuery({ queryKey: ['tasks'], queryFn: () => get<Task[]>('/tasks') });
  const crIds = [...new Set((tasks.data ?? []).map((t) => t.changeRequestId))];
  const crs = useQueries({
    queries: crIds.map((id) => ({ queryKey: ['change-request', id], queryFn: () => get<ChangeRequest>(`/change-requests/${id}`) })),
  });
  const crById = new Map(crs.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [group, setGroup] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const [delegateTo, setDelegateTo] = useState('');
  const [outcome, setOutcome] = useState<{ ok: string[]; failed: string[] } | null>(null);

  const rows = useMemo(() => {
    const list = (tasks.data ?? []).filter(
      (t) =>
        (!group || t.group === group) &&
        (!overdueOnly || t.overdue) &&
        (!text || (crById.get(t.changeRequestId)?.title ?? '').toLowerCase().includes(text.toLowerCase())),
    );
    return list.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.created.localeCompare(b.created));
  }, [tasks.data, group, overdueOnly, text, crById]);

  const act = useMutation({
    mutationFn: async ({ verb, ids }: { verb: Verb; ids: string[] }) => {
      const ok: string[] = [];
      const failed: string[] = [];
      for (const id of ids) {
        const body = verb === 'claim' ? undefined : verb === 'delegate' ? { user: delegateTo } : { comment: comment || undefined };
        try {
          await call(`/tasks/${id}/${verb}`, { method: 'POST', body });
          ok.push(id);
        } catch (e) {
          failed.push(`${id}: ${e instanceof ApiError ? e.message : String(e)}`);
        }
      }
      return { ok, failed };
    },
    onSuccess: (result) => {
      setOutcome(result);
      setSelected(new Set());
      void client.invalidateQueries({ queryKey: ['tasks'] });
      void client.invalidateQueries({ queryKey: ['change-request'] });
    },
  });

  if (tasks.isPending) return <Loading what="your tasks" />;
  if (tasks.isError) return <ErrorBox error={tasks.error} retry={() => void tasks.refetch()} />;

  const groups = [...new Set((tasks.data ?? []).map((t) => t.group))];
  const decidable = (t: Task) => mayDecide(me, t, crById.get(t.changeRequestId)?.author);
  const chosen = rows.filter((t) => selected.has(t.id));
  const run = (verb: Verb, ids: string[]) => {
    if (verb === 'reject' && !comment.trim()) {
      setOutcome({ ok: [], failed: ['A rejection needs a comment: say what must change.'] });
      return;
    }
    if (verb === 'delegate' && !delegateTo.trim()) {
      setOutcome({ ok: [], failed: ['Name the user to delegate to.'] });
      return;
    }
    act.mutate({ verb, ids });
  };

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">Inbox</h1>
      <p className="muted">
        {rows.length} of {tasks.data?.length ?? 0} tasks{rows.some((t) => t.overdue) ? ` · ${rows.filter((t) => t.overdue).length} overdue` : ''}
      </p>
      <div className="filters" role="search">
        <label>
          Group{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">all</option>
            {groups.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} /> overdue only
        </label>
        <label>
          Title contains <input value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      <div className="bulk" aria-label="Decide">
        <label>
          Comment (required to reject){' '}
          <input value={comment} onChange={(e) => setComment(e.target.value)} data-testid="decision-comment" />
        </label>
        <label>
          Delegate to <input value={delegateTo} onChange={(e) => setDelegateTo(e.target.value)} />
        </label>
        <span className="muted">{chosen.length} selected</span>
        <button type="button" disabled={!chosen.length || act.isPending} onClick={() => run('claim', chosen.map((t) => t.id))}>
          Claim selected
        </button>
        <button
          type="button"
          disabled={!chosen.length || act.isPending || chosen.some((t) => !decidable(t).allowed)}
          onClick={() => run('approve', chosen.map((t) => t.id))}
        >
          Approve selected
        </button>
      </div>
      {outcome && (
        <div className={outcome.failed.length ? 'error-box' : 'ok-box'} role="status">
          {outcome.ok.length > 0 && <p>Done for {outcome.ok.length} task(s).</p>}
          {outcome.failed.map((f) => (
            <p key={f}>{f}</p>
          ))}
        </div>
      )}
      {rows.length === 0 ? (
        <p>Nothing waits for you.</p>
      ) : (
        <table className="grid inbox">
          <thead>
            <tr>
              <th scope="col"><span className="sr-only">Select</span></th>
              <th scope="col">Change</th>
              <th scope="col">Records</th>
              <th scope="col">Asked by</th>
              <th scope="col">Group</th>
              <th scope="col">Due</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => {
              const cr = crById.get(t.changeRequestId);
              const decision = decidable(t);
              return (
                <tr key={t.id} className={t.overdue ? 'overdue' : ''} data-testid="task-row">
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select task ${cr?.title ?? t.id}`}
                      checked={selected.has(t.id)}
                      onChange={(e) => {
                        const next = new Set(selected);
                        if (e.target.checked) next.add(t.id);
                        else next.delete(t.id);
                        setSelected(next);
                      }}
                    />
                  </td>
                  <td>
                    <Link to={`/change-requests/${t.changeRequestId}`}>{cr?.title ?? 'change request'}</Link>
                    {!decision.allowed && <div className="four-eyes" data-testid="not-decidable">{decision.why}</div>}
                    {cr?.records.map((r) => <ChangeSummary key={r.id} record={r} />)}
                  </td>
                  <td>
                    {cr?.records.map((r) => (
                      <div key={r.id}>
                        <Link to={`/${TYPE_TO_DOMAIN[r.type] ?? 'items'}/${r.id}`}>
                          {r.type} · {(r.kind ?? '').toLowerCase().replace('_', ' ')}
                        </Link>
                      </div>
                    )) ?? '…'}
                  </td>
                  <td>{cr?.author ?? '…'}</td>
                  <td>
                    {t.group}
                    {t.assignee ? <div className="muted">claimed by {t.assignee}</div> : null}
                  </td>
                  <td>
                    {t.due ? new Date(t.due).toLocaleDateString() : '—'}
                    {t.overdue && <strong className="badge-overdue"> overdue</strong>}
                  </td>
                  <td className="actions">
                    {!t.assignee && (
                      <button type="button" onClick={() => run('claim', [t.id])}>
                        Claim
                      </button>
                    )}
                    {decision.allowed && (
                      <>
                        <button type="button" className="primary" onClick={() => run('approve', [t.id])}>
                          Approve
                        </button>
                        <button type="button" onClick={() => run('reject', [t.id])}>
                          Reject
                        </button>
                        <button type="button" onClick={() => run('delegate', [t.id])}>
                          Delegate
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * What the change does to one record, opened on demand: a proposal against the released version, or for a new
 * record every field it would release with.
 */
function ChangeSummary({ record }: { record: ChangeRequest['records'][number] }) {
  const [open, setOpen] = useState(false);
  const domain = TYPE_TO_DOMAIN[record.type] ?? 'items';
  const current = useQuery({ queryKey: [domain, record.id, undefined], enabled: open, queryFn: () => get<Record<string, unknown>>(`/${domain}/${record.id}`) });
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Show the changes</summary>
      {open &&
        (current.isPending ? (
          <Loading what="the changes" />
        ) : current.isError ? (
          <ErrorBox error={current.error} />
        ) : (
          <DiffView
            caption={record.proposed ? 'Released → proposed' : 'New record'}
            changes={record.proposed ? diffRecords(current.data, record.proposed) : diffRecords(null, current.data)}
          />
        ))}
    </details>
  );
}
