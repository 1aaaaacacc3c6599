import { useEffect, useState } from 'react';
import { Link } from 'react-router';

export interface BomLine {
  id: string;
  position: number;
  component: { itemNumber: string; revision?: string | null };
  quantity: number;
  unit: string;
}

/** A component's own BOM (its sub-lines) and the component's state, as the loader finds them. */
export interface Expansion {
  state?: string;
  itemId?: string;
  lines: BomLine[];
}

export type ExpansionLoader = (line: BomLine) => Promise<Expansion>;

/**
 * The BOM as an indented multi-level tree: every line with quantity, unit and component state; a component that
 * has a BOM of its own expands (loaded on demand, so a deep structure costs nothing until opened). A treegrid
 * with aria-level/aria-expanded, so a screen reader announces the level.
 */
export function BomTree({ lines, load }: { lines: BomLine[]; load: ExpansionLoader }) {
  return (
    <table className="bom-tree" role="treegrid" aria-label="BOM structure">
      <thead>
        <tr>
          <th scope="col">Position / component</th>
          <th scope="col">Quantity</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        <Level lines={lines} load={load} level={1} />
      </tbody>
    </table>
  );
}

function Level({ lines, load, level }: { lines: BomLine[]; load: ExpansionLoader; level: number }) {
  const sorted = [...lines].sort((a, b) => a.position - b.position);
  return (
    <>
      {sorted.map((line) => (
        <Row key={line.id} line={line} load={load} level={level} />
      ))}
    </>
  );
}

function Row({ line, load, level }: { line: BomLine; load: ExpansionLoader; level: number }) {
  const [expansion, setExpansion] = useState<Expansion | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  // the component's state is wanted on every row: look it up (and its own BOM) when the row first shows
  useEffect(() => {
    let live = true;
    load(line).then(
      (e) => live && setExpansion(e),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : 'could not load'),
    );
    return () => {
      live = false;
    };
  }, [line, load]);

  const hasChildren = (expansion?.lines.length ?? 0) > 0;
  const label = `${line.component.itemNumber}${line.component.revision ? ` rev ${line.component.revision}` : ' (floating)'}`;
  return (
    <>
      <tr aria-level={level} aria-expanded={hasChildren ? open : undefined} data-testid={`bom-row-${line.component.itemNumber}`}>
        <td style={{ paddingLeft: `${(level - 1) * 1.5 + 0.5}rem` }}>
          {hasChildren ? (
            <button type="button" className="twisty" aria-label={`${open ? 'Collapse' : 'Expand'} ${label}`} onClick={() => setOpen(!open)}>
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="twisty-space" aria-hidden="true" />
          )}
          <span className="pos">{line.position}</span>{' '}
          {expansion?.itemId ? <Link to={`/items/${expansion.itemId}`}>{label}</Link> : label}
        </td>
        <td className="num">
          {line.quantity} {line.unit}
        </td>
        <td>{failed ? <span className="error-text">{failed}</span> : <span className={`state state-${(expansion?.state ?? '').toLowerCase()}`}>{expansion?.state ?? '…'}</span>}</td>
      </tr>
      {open && expansion && <Level lines={expansion.lines} load={load} level={level + 1} />}
    </>
  );
}
