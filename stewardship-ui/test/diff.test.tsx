import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { diffRecords } from '../src/components/diff';
import { DiffView } from '../src/components/DiffView';

describe('diffRecords', () => {
  it('matches list elements by id, so an edited line is one change wherever it moved', () => {
    const before = { lines: [{ id: 'a', quantity: 1 }, { id: 'b', quantity: 2 }] };
    const after = { lines: [{ id: 'b', quantity: 3 }, { id: 'c', quantity: 1 }] };
    expect(diffRecords(before, after)).toEqual([
      { path: 'lines[a]', kind: 'REMOVED', before: { id: 'a', quantity: 1 }, after: null },
      { path: 'lines[b].quantity', kind: 'CHANGED', before: 2, after: 3 },
      { path: 'lines[c]', kind: 'ADDED', before: null, after: { id: 'c', quantity: 1 } },
    ]);
  });

  it('reports a new record as every field added, without the fields the server sets', () => {
    const changes = diffRecords(null, { id: 'x', version: 1, state: 'DRAFT', name: 'Bolt', gtin: null });
    expect(changes).toEqual([{ path: 'name', kind: 'ADDED', before: null, after: 'Bolt' }]);
  });

  it('finds nothing between equal records', () => {
    expect(diffRecords({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});

describe('DiffView', () => {
  it('shows each changed field old → new, and quantities with their unit', () => {
    render(
      <DiffView
        caption="Version 1 → 2"
        changes={[
          { path: 'name', kind: 'CHANGED', before: 'Washer', after: 'Washer 6.4' },
          { path: 'weight', kind: 'ADDED', before: null, after: { value: 0.01, unit: 'KGM' } },
        ]}
      />,
    );
    const name = screen.getByRole('row', { name: /name/ });
    expect(within(name).getAllByRole('cell').map((c) => c.textContent)).toEqual(['changed', 'Washer', 'Washer 6.4']);
    const weight = screen.getByRole('row', { name: /weight/ });
    expect(within(weight).getAllByRole('cell').map((c) => c.textContent)).toEqual(['added', '', '0.01 KGM']);
  });

  it('says so when there is nothing to show', () => {
    render(<DiffView caption="x" changes={[]} />);
    expect(screen.getByText('No differences.')).toBeTruthy();
  });
});
