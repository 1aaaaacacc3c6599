import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { BomTree, type BomLine, type Expansion } from '../src/components/BomTree';

const line = (id: string, position: number, itemNumber: string, quantity: number, revision?: string): BomLine => ({
  id, position, component: { itemNumber, revision }, quantity, unit: 'C62',
});

describe('BomTree', () => {
  it('shows lines by position with quantity, unit and state, and expands a component with its own BOM', async () => {
    const sub: Record<string, Expansion> = {
      FRAME: { state: 'RELEASED', itemId: 'f', lines: [line('s1', 10, 'TUBE', 4)] },
      BOLT: { state: 'BLOCKED', itemId: 'b', lines: [] },
      TUBE: { state: 'DRAFT', itemId: 't', lines: [] },
    };
    const load = async (l: BomLine) => sub[l.component.itemNumber];
    render(
      <MemoryRouter>
        <BomTree lines={[line('2', 20, 'BOLT', 8, 'A'), line('1', 10, 'FRAME', 1)]} load={load} />
      </MemoryRouter>,
    );
    const rows = () => screen.getAllByRole('row').slice(1);
    await waitFor(() => expect(screen.getByText('BLOCKED')).toBeTruthy());
    expect(rows().map((r) => r.getAttribute('data-testid'))).toEqual(['bom-row-FRAME', 'bom-row-BOLT']);
    expect(screen.getByTestId('bom-row-BOLT').textContent).toContain('8 C62');
    expect(screen.getByTestId('bom-row-BOLT').textContent).toContain('BOLT rev A');
    expect(screen.queryByTestId('bom-row-TUBE')).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: 'Expand FRAME (floating)' }));
    const tube = await screen.findByTestId('bom-row-TUBE');
    expect(tube.getAttribute('aria-level')).toBe('2');
    await waitFor(() => expect(tube.textContent).toContain('DRAFT'));
    expect(screen.getByTestId('bom-row-FRAME').getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Collapse FRAME (floating)' }));
    expect(screen.queryByTestId('bom-row-TUBE')).toBeNull();
  });

  it('says on the row when a component cannot be looked up', async () => {
    render(
      <MemoryRouter>
        <BomTree lines={[line('1', 10, 'GONE', 1)]} load={async () => { throw new Error('HTTP 500'); }} />
      </MemoryRouter>,
    );
    await waitFor(() => expect(screen.getByTestId('bom-row-GONE').textContent).toContain('HTTP 500'));
  });
});
