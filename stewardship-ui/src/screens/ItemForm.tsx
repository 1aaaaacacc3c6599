import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call, get, type FieldError } from '../api/client';
import type { AnyRecord } from '../api/types';
import { useMe } from '../auth/context';
import { canEdit } from '../auth/roles';
import { DiffView } from '../components/DiffView';
import { diffRecords } from '../components/diff';
import { Field, OtherErrors } from '../components/Fields';
import { ErrorBox, Loading } from '../components/Status';

export interface ItemDraft {
  itemNumber: string;
  revision: string;
  name: string;
  description: string;
  type: string;
  baseUnit: string;
  gtin: string;
  category: string;
  makeOrBuy: string;
}

const EMPTY: ItemDraft = { itemNumber: '', revision: 'A', name: '', description: '', type: 'component', baseUnit: 'C62', gtin: '', category: '', makeOrBuy: '' };
const SHOWN = Object.keys(EMPTY);
const TYPES = ['raw', 'component', 'subassembly', 'finished', 'consumable', 'service'];

/** The body for item.schema.json: empty optional fields are left out, not sent as "". */
export function itemBody(d: ItemDraft): Record<string, string> {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
}

/**
 * Create or edit an item. Server field errors stand at their fields, all at once; a failed save keeps the form.
 * A 412 (someone saved first) shows what they changed and lets the user put their own values on top.
 */
export function ItemForm() {
  const { id } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const existing = useQuery({ queryKey: ['items', id, 'edit'], enabled: !!id, queryFn: () => call<AnyRecord>(`/items/${id}`) });
  const units = useQuery({ queryKey: ['reference', 'units'], queryFn: () => get<{ code: string; name: string }[]>('/reference/units') });
  const [draft, setDraft] = useState<ItemDraft>(EMPTY);
  const [etag, setEtag] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<AnyRecord | null>(null);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (existing.data) {
      const r = existing.data.data;
      setDraft(Object.fromEntries(SHOWN.map((k) => [k, r[k] == null ? '' : String(r[k])])) as unknown as ItemDraft);
      setEtag(existing.data.etag);
    }
  }, [existing.data]);

  if (!canEdit(me)) return <p role="alert">Only data stewards create and edit items.</p>;
  if (id && existing.isPending) return <Loading what="the item" />;
  if (id && existing.isError) return <ErrorBox error={existing.error} />;

  const save = async () => {
    setSaving(true);
    setErrors([]);
    setFailure(null);
    try {
      const answer = id
        ? await call<AnyRecord>(`/items/${id}`, { method: 'PUT', body: itemBody(draft), ifMatch: etag, reason: reason || undefined })
        : await call<AnyRecord>('/items', { method: 'POST', body: itemBody(draft), reason: reason || undefined });
      void client.invalidateQueries({ queryKey: ['items'] });
      navigate(`/items/${answer.data.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 412 && id) {
        const latest = await call<AnyRecord>(`/items/${id}`);
        setConflict(latest.data);
        setEtag(latest.etag);
      }
      setErrors(e.problem.errors ?? []);
      setFailure(e);
    } finally {
      setSaving(false);
    }
  };
  const set = (k: keyof ItemDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  return (
    <section aria-labelledby="item-form-title">
      <h1 id="item-form-title">{id ? 'Edit item' : 'New item'}</h1>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ItemFields draft={draft} set={set} errors={errors} fixedKey={!!id} units={units.data ?? []} />
        <Field id="changeReason" label="Why (kept in the history)" errors={[]}>
          {(a) => <input {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <OtherErrors errors={errors} shown={SHOWN} />
        {failure && !conflict && (
          <div className="error-box" role="alert" data-testid="save-error">
            Not saved: {failure.message}
          </div>
        )}
        {conflict && (
          <div className="error-box" role="alert" data-testid="conflict">
            <p>Someone else saved this item first (version {conflict.version}). Their changes compared with what you started from:</p>
            <DiffView changes={diffRecords(existing.data?.data, conflict)} caption="Changed meanwhile" />
            <p>Your values are still in the form. Saving again puts them on top of the latest version.</p>
            <button type="button" onClick={() => setConflict(null)}>
              Reapply my changes
            </button>
          </div>
        )}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : id ? 'Save' : 'Create draft'}
        </button>
      </form>
    </section>
  );
}

export function ItemFields({
  draft,
  set,
  errors,
  fixedKey,
  units,
}: {
  draft: ItemDraft;
  set: (k: keyof ItemDraft) => (e: { target: { value: string } }) => void;
  errors: FieldError[];
  fixedKey: boolean;
  units: { code: string; name: string }[];
}) {
  return (
    <>
      <Field id="itemNumber" label="Item number" required errors={errors} hint="capitals, digits, . _ / -">
        {(a) => <input {...a} value={draft.itemNumber} onChange={set('itemNumber')} readOnly={fixedKey} />}
      </Field>
      <Field id="revision" label="Revision" required errors={errors}>
        {(a) => <input {...a} value={draft.revision} onChange={set('revision')} readOnly={fixedKey} size={3} />}
      </Field>
      <Field id="name" label="Name" required errors={errors}>
        {(a) => <input {...a} value={draft.name} onChange={set('name')} />}
      </Field>
      <Field id="description" label="Description" errors={errors}>
        {(a) => <textarea {...a} value={draft.description} onChange={set('description')} />}
      </Field>
      <Field id="type" label="Type" required errors={errors}>
        {(a) => (
          <select {...a} value={draft.type} onChange={set('type')}>
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        )}
      </Field>
      <Field id="baseUnit" label="Base unit" required errors={errors}>
        {(a) => (
          <>
            <input {...a} list="units" value={draft.baseUnit} onChange={set('baseUnit')} />
            <datalist id="units">
              {units.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field id="gtin" label="GTIN" errors={errors} hint="8, 12, 13 or 14 digits with a valid check digit">
        {(a) => <input {...a} inputMode="numeric" value={draft.gtin} onChange={set('gtin')} />}
      </Field>
      <Field id="category" label="Category" errors={errors}>
        {(a) => <input {...a} value={draft.category} onChange={set('category')} />}
      </Field>
      <Field id="makeOrBuy" label="Make or buy" errors={errors}>
        {(a) => (
          <select {...a} value={draft.makeOrBuy} onChange={set('makeOrBuy')}>
            <option value="">not set</option>
            <option>make</option>
            <option>buy</option>
          </select>
        )}
      </Field>
    </>
  );
}
