/** A field-level change, as the server's /diff answers it and as diffRecords computes it for a proposal. */
export interface Change {
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before: unknown;
  after: unknown;
}

const IDENTITY = ['id', 'plant'] as const;
const SERVER_FIELDS = new Set(['id', 'version', 'state', 'createdAt', 'updatedAt', 'predecessorId']);

function identityOf(element: unknown): string | null {
  if (element && typeof element === 'object') {
    for (const key of IDENTITY) {
      const value = (element as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The differences between a record and a proposal for it, the way the server reports them: lists whose elements
 * carry an identity (id, or plant) are matched by it, so an edited line is one change wherever it moved; a new
 * record compared with nothing is every field ADDED. Fields the server sets (id, version, state, times) are left out.
 */
export function diffRecords(before: unknown, after: unknown, path = ''): Change[] {
  if (same(before, after)) return [];
  if (before === undefined || before === null) return after === undefined || after === null ? [] : leaves('ADDED', after, path);
  if (after === undefined || after === null) return [{ path, kind: 'REMOVED', before, after: null }];
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every((e) => identityOf(e) !== null)) {
    const changes: Change[] = [];
    const old = new Map(before.map((e) => [identityOf(e)!, e]));
    const now = new Map(after.map((e) => [identityOf(e)!, e]));
    for (const [id, e] of old) if (!now.has(id)) changes.push({ path: `${path}[${id}]`, kind: 'REMOVED', before: e, after: null });
    for (const [id, e] of now) {
      if (!old.has(id)) changes.push({ path: `${path}[${id}]`, kind: 'ADDED', before: null, after: e });
      else changes.push(...diffRecords(old.get(id), e, `${path}[${id}]`));
    }
    return changes;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((k) => !(path === '' && SERVER_FIELDS.has(k)))
      .flatMap((k) => diffRecords(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return [{ path, kind: 'CHANGED', before, after }];
}

function leaves(kind: 'ADDED', value: unknown, path: string): Change[] {
  if (path === '' && isObject(value)) {
    return Object.entries(value)
      .filter(([k, v]) => !SERVER_FIELDS.has(k) && v !== null && v !== undefined)
      .map(([k, v]) => ({ path: k, kind, before: null, after: v }));
  }
  return [{ path, kind, before: null, after: value }];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A value as a steward reads it: plain text for scalars, "value unit" for quantities, compact JSON otherwise. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObject(value) && 'value' in value && 'unit' in value && Object.keys(value).length === 2) {
    return `${String(value.value)} ${String(value.unit)}`;
  }
  return JSON.stringify(value);
}
