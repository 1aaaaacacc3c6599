import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, call, type FieldError } from '../api/client';
import type { AnyRecord } from '../api/types';
import { useMe } from '../auth/context';
import { canEdit } from '../auth/roles';
import { Field, OtherErrors } from '../components/Fields';

interface LineDraft {
  position: string;
  itemNumber: string;
  revision: string;
  quantity: string;
  unit: string;
}

const newLine = (n: number): LineDraft => ({ position: String(n * 10), itemNumber: '', revision: '', quantity: '1', unit: 'C62' });

/** Build a BOM draft: the parent item revision and its component lines (pinned to a revision, or floating). */
export function BomForm() {
  const me = useMe();
  const navigate = useNavigate();
  const [parent, setParent] = useState({ itemNumber: '', revision: 'A' });
  const [bomRevision, setBomRevision] = useState('A');
  const [type, setType] = useState('manufacture');
  const [lines, setLines] = useState<LineDraft[]>([newLine(1), newLine(2)]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  if (!canEdit(me)) return <p role="alert">Only data stewards create BOMs.</p>;

  const save = async () => {
    setErrors([]);
    setFailure(null);
    const body = {
      parent,
      bomRevision,
      type,
      producedQuantity: { value: 1, unit: 'C62' },
      lines: lines
        .filter((l) => l.itemNumber.trim())
        .map((l) => ({
          position: Number(l.position),
          component: l.revision.trim() ? { itemNumber: l.itemNumber.trim(), revision: l.revision.trim() } : { itemNumber: l.itemNumber.trim() },
          quantity: Number(l.quantity),
          unit: l.unit.trim(),
        })),
    };
    try {
      const answer = await call<AnyRecord>('/boms', { method: 'POST', body });
      navigate(`/boms/${answer.data.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setErrors(e.problem.errors ?? []);
      setFailure(e.message);
    }
  };
  const setLine = (i: number, k: keyof LineDraft, v: string) => setLines(lines.map((l, j) => (j === i ? { ...l, [k]: v } : l)));
  return (
    <section aria-labelledby="bom-form-title">
      <h1 id="bom-form-title">New BOM</h1>
      <form className="form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Field id="parent.itemNumber" label="Parent item number" required errors={errors}>
          {(a) => <input {...a} value={parent.itemNumber} onChange={(e) => setParent({ ...parent, itemNumber: e.target.value })} />}
        </Field>
        <Field id="parent.revision" label="Parent item revision" required errors={errors}>
          {(a) => <input {...a} value={parent.revision} onChange={(e) => setParent({ ...parent, revision: e.target.value })} />}
        </Field>
        <Field id="bomRevision" label="BOM revision" required errors={errors}>
          {(a) => <input {...a} value={bomRevision} onChange={(e) => setBomRevision(e.target.value)} />}
        </Field>
        <Field id="type" label="Type" required errors={errors}>
          {(a) => (
            <select {...a} value={type} onChange={(e) => setType(e.target.value)}>
              <option>manufacture</option>
              <option>kit</option>
              <option>phantom</option>
            </select>
          )}
        </Field>
        <fieldset>
          <legend>Lines</legend>
          {lines.map((l, i) => (
            <div className="line" key={i}>
              {(['position', 'itemNumber', 'revision', 'quantity', 'unit'] as const).map((k) => (
                <label key={k}>
                  {k === 'itemNumber' ? 'Component' : k === 'revision' ? 'Rev (empty: floating)' : k} {i + 1}
                  <input value={l[k]} onChange={(e) => setLine(i, k, e.target.value)} name={`line-${i}-${k}`} />
                </label>
              ))}
            </div>
          ))}
          <button type="button" onClick={() => setLines([...lines, newLine(lines.length + 1)])}>
            Add line
          </button>
        </fieldset>
        <OtherErrors errors={errors} shown={['parent.itemNumber', 'parent.revision', 'bomRevision', 'type']} />
        {failure && <div className="error-box" role="alert">Not saved: {failure}</div>}
        <button type="submit" className="primary">Create draft</button>
      </form>
    </section>
  );
}
