import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call, get, query } from '../api/client';
import type { AnyRecord, Delivery, HistoryEntry, Page } from '../api/types';
import { useMe } from '../auth/context';
import { canSeeDeliveries, lifecycleActions, seesBankInClear, type Domain, type LifecycleAction } from '../auth/roles';
import { BomTree, type BomLine, type Expansion } from '../components/BomTree';
import { DiffView } from '../components/DiffView';
import type { Change } from '../components/diff';
import { show } from '../components/diff';
import { ErrorBox, Loading, StateStrip } from '../components/Status';
import { DOMAINS } from './domains';

/** One golden record: what it is now (or as of a date), what the user may do with it, its history and reach. */
export function RecordPage({ domain }: { domain: Domain }) {
  const { id = '' } = useParams();
  const [asOf, setAsOf] = useState('');
  const at = asOf ? new Date(asOf).toISOString() : undefined;
  const record = useQuery({ queryKey: [domain, id, at], queryFn: () => get<AnyRecord>(`/${domain}/${id}${query({ asOf: at })}`) });

  if (record.isPending) return <Loading what="the record" />;
  if (record.isError) return <ErrorBox error={record.error} retry={() => void record.refetch()} />;
  const r = record.data;
  return (
    <article aria-labelledby="record-title">
      <h1 id="record-title">{DOMAINS[domain].key(r)}</h1>
      <StateStrip state={r.state} />
      <p className="muted">
        <span data-testid="record-state">{r.state}</span> · version {r.version}
      </p>
      <label className="as-of">
        As of{' '}
        <input type="datetime-local" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        {asOf && (
          <button type="button" onClick={() => setAsOf('')}>
            Now
          </button>
        )}
      </label>
      {!at && <Actions domain={domain} record={r} />}
      <Details domain={domain} record={r} />
      {domain === 'items' && <WhereUsed id={id} />}
      <History domain={domain} id={id} latest={r.version} />
      <Deliveries id={id} />
    </article>
  );
}

const ACTION_LABEL: Record<LifecycleAction, string> = {
  edit: 'Edit',
  submit: 'Submit for approval',
  block: 'Block',
  unblock: 'Request unblock',
  obsolete: 'Request obsolete',
  revision: 'New revision',
};

function Actions({ domain, record }: { domain: Domain; record: AnyRecord }) {
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const actions = lifecycleActions(me, domain, record.state);
  const [pending, setPending] = useState<LifecycleAction | null>(null);
  const [reason, setReason] = useState('');
  const [ack, setAck] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string; errors?: string[] } | null>(null);
  const run = useMutation({
    mutationFn: async (action: LifecycleAction) => {
      const path = `/${domain}/${record.id}`;
      if (action === 'submit') return call(`${path}/submit`, { method: 'POST' });
      if (action === 'revision') return call<AnyRecord>(`${path}/revisions`, { method: 'POST' });
      return call(`${path}/${action}`, { method: 'POST', body: { reason, ...(action === 'obsolete' && ack ? { acknowledgeWhereUsed: true } : {}) } });
    },
    onSuccess: (result, action) => {
      setPending(null);
      setAnswer({ ok: true, text: `${ACTION_LABEL[action]}: done.` });
      void client.invalidateQueries({ queryKey: [domain] });
      if (action === 'revision' && result.data && typeof result.data === 'object' && 'id' in result.data) {
        navigate(`/${domain}/${(result.data as AnyRecord).id}`);
      }
    },
    onError: (e) =>
      setAnswer({
        ok: false,
        text: e.message,
        errors: e instanceof ApiError ? e.problem.errors?.map((f) => `${f.field}: ${f.message}`) : undefined,
      }),
  });
  // the answer stays when the action leaves the record in a state with no actions (submit → IN_REVIEW)
  if (actions.length === 0 && !answer) return null;
  const needsReason = pending === 'block' || pending === 'unblock' || pending === 'obsolete';
  return (
    <section className="actions-bar" aria-label="Lifecycle actions">
      {actions.map((a) =>
        a === 'edit' ? (
          domain === 'items' ? (
            <Link key={a} className="button" to={`/items/${record.id}/edit`}>
              Edit
            </Link>
          ) : null
        ) : (
          <button key={a} type="button" onClick={() => { setPending(a); setAnswer(null); }}>
            {ACTION_LABEL[a]}
          </button>
        ),
      )}
      {pending && (
        <div className="confirm" role="dialog" aria-label={`Confirm ${ACTION_LABEL[pending]}`}>
          <p>
            {pending === 'submit' && 'The record goes to review: the approver groups chosen by the rules decide it.'}
            {pending === 'block' && 'A block takes effect at once and is published to every subscriber.'}
            {pending === 'unblock' && 'Unblocking goes through approval.'}
            {pending === 'obsolete' && 'Making it obsolete goes through approval; BOMs that still use it are listed if any.'}
            {pending === 'revision' && 'A new draft revision is opened, copied from this one.'}
          </p>
          {needsReason && (
            <label>
              Reason <input value={reason} onChange={(e) => setReason(e.target.value)} required />
            </label>
          )}
          {pending === 'obsolete' && (
            <label>
              <input type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)} /> I have seen where it is used
            </label>
          )}
          <button type="button" className="primary" disabled={run.isPending || (needsReason && !reason.trim())} onClick={() => run.mutate(pending)}>
            Confirm
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {answer && (
        <div className={answer.ok ? 'ok-box' : 'error-box'} role="status">
          {answer.text}
          {answer.errors?.map((e) => <div key={e}>{e}</div>)}
        </div>
      )}
    </section>
  );
}

const HIDDEN = new Set(['id', 'state', 'version', 'lines', 'plants', 'addresses', 'contacts', 'bankAccounts']);

function Details({ domain, record }: { domain: Domain; record: AnyRecord }) {
  const me = useMe();
  const scalars = Object.entries(record).filter(([k]) => !HIDDEN.has(k));
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl className="details">
        {scalars.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{show(v)}</dd>
          </div>
        ))}
      </dl>
      {domain === 'items' && <Lines title="Plant extensions" rows={(record.plants as Record<string, unknown>[]) ?? []} />}
      {(domain === 'suppliers' || domain === 'customers') && (
        <>
          <Lines title="Addresses" rows={(record.addresses as Record<string, unknown>[]) ?? []} />
          <Lines title="Contacts" rows={(record.contacts as Record<string, unknown>[]) ?? []} />
          <Lines title="Bank accounts" rows={(record.bankAccounts as Record<string, unknown>[]) ?? []} testId="bank-accounts" />
          <p className="muted">{seesBankInClear(me) ? 'Bank account numbers shown in clear for your role.' : 'Bank account numbers are masked for your role.'}</p>
        </>
      )}
      {domain === 'boms' && <Structure lines={(record.lines as BomLine[]) ?? []} />}
    </section>
  );
}

function Lines({ title, rows, testId }: { title: string; rows: Record<string, unknown>[]; testId?: string }) {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'id');
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="grid" data-testid={testId}>
          <thead>
            <tr>
              {keys.map((k) => (
                <th scope="col" key={k}>{k}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={String(r.id ?? i)}>
                {keys.map((k) => (
                  <td key={k}>{show(r[k])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Resolves a BOM line's component to its item (for state and link) and to that item's own released BOM. */
function Structure({ lines }: { lines: BomLine[] }) {
  const load = useCallback(async (line: BomLine): Promise<Expansion> => {
    const found = await get<Page<AnyRecord>>(`/items${query({ number: line.component.itemNumber, size: 50 })}`);
    const exact = found.items.filter((i) => i.itemNumber === line.component.itemNumber);
    const item = line.component.revision
      ? exact.find((i) => i.revision === line.component.revision)
      : exact.find((i) => i.state === 'RELEASED') ?? exact[0];
    const boms = await get<{ boms: AnyRecord[] }>(`/boms${query({ parentNumber: line.component.itemNumber, size: 5 })}`);
    const sub = boms.boms.find((b) => b.state === 'RELEASED') ?? boms.boms[0];
    const subLines = sub ? ((await get<AnyRecord>(`/boms/${sub.id}`)).lines as BomLine[]) : [];
    return { state: item?.state, itemId: item?.id, lines: subLines };
  }, []);
  return (
    <>
      <h3>Structure</h3>
      <BomTree lines={lines} load={load} />
    </>
  );
}

function WhereUsed({ id }: { id: string }) {
  const used = useQuery({
    queryKey: ['items', id, 'where-used'],
    queryFn: () => get<{ boms: { id: string; parent: { itemNumber: string; revision: string }; bomRevision: string; state: string; lines: { quantity: number; unit: string; position: number }[] }[]; totalItems: number }>(`/items/${id}/where-used`),
  });
  return (
    <section aria-labelledby="where-used-title">
      <h2 id="where-used-title">Where used</h2>
      {used.isPending ? (
        <Loading what="where-used" />
      ) : used.isError ? (
        <ErrorBox error={used.error} />
      ) : used.data.boms.length === 0 ? (
        <p className="muted">No BOM uses this item.</p>
      ) : (
        <ul data-testid="where-used">
          {used.data.boms.map((b) => (
            <li key={b.id}>
              <Link to={`/boms/${b.id}`}>
                BOM of {b.parent.itemNumber} rev {b.parent.revision} / {b.bomRevision}
              </Link>{' '}
              ({b.state}) — {b.lines.map((l) => `pos ${l.position}: ${l.quantity} ${l.unit}`).join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ domain, id, latest }: { domain: Domain; id: string; latest: number }) {
  const history = useQuery({ queryKey: [domain, id, 'history'], queryFn: () => get<HistoryEntry[]>(`/${domain}/${id}/history`) });
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const a = from ?? Math.max(1, latest - 1);
  const b = to ?? latest;
  const diff = useQuery({
    queryKey: [domain, id, 'diff', a, b],
    enabled: a !== b,
    queryFn: () => get<{ changes: Change[] }>(`/${domain}/${id}/diff${query({ from: a, to: b })}`),
  });
  // state changes are history entries of the same version: offer each version once
  const versions = [...new Set(history.data?.map((h) => h.version) ?? [])];
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {history.isPending ? (
        <Loading what="history" />
      ) : history.isError ? (
        <ErrorBox error={history.error} />
      ) : (
        <ol className="timeline">
          {history.data.map((h) => (
            <li key={`${h.version}-${h.changedAt}`}>
              <strong>v{h.version}</strong> {h.state} · {new Date(h.changedAt).toLocaleString()} · {h.author} · {h.change}
              {h.reason ? ` — “${h.reason}”` : ''}
              {h.changedFields.length > 0 && <span className="muted"> ({h.changedFields.join(', ')})</span>}
            </li>
          ))}
        </ol>
      )}
      <div className="filters">
        <label>
          Compare version{' '}
          <select value={a} onChange={(e) => setFrom(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </label>
        <label>
          with{' '}
          <select value={b} onChange={(e) => setTo(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </label>
      </div>
      {a === b ? (
        <p className="muted">Only one version so far.</p>
      ) : diff.isPending ? (
        <Loading what="the differences" />
      ) : diff.isError ? (
        <ErrorBox error={diff.error} />
      ) : (
        <DiffView changes={diff.data.changes} caption={`Version ${a} → ${b}`} />
      )}
    </section>
  );
}

function Deliveries({ id }: { id: string }) {
  const me = useMe();
  const allowed = canSeeDeliveries(me);
  const deliveries = useQuery({ queryKey: ['deliveries', id], enabled: allowed, queryFn: () => get<Delivery[]>(`/deliveries${query({ record: id })}`) });
  if (!allowed) return null;
  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Publication</h2>
      {deliveries.isPending ? (
        <Loading what="deliveries" />
      ) : deliveries.isError ? (
        <ErrorBox error={deliveries.error} />
      ) : deliveries.data.length === 0 ? (
        <p className="muted">Not published to any subscription yet.</p>
      ) : (
        <table className="grid" data-testid="deliveries">
          <thead>
            <tr>
              <th scope="col">Subscription</th>
              <th scope="col">Version</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Delivered</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.data.map((d) => (
              <tr key={d.id}>
                <td>{d.subscription}</td>
                <td>{d.recordVersion}</td>
                <td>{d.eventType}</td>
                <td>{d.status}{d.lastError ? ` (${d.lastError})` : ''}</td>
                <td>{d.deliveredAt ? new Date(d.deliveredAt).toLocaleString() : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
