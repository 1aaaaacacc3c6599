import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ItemFields, itemBody, type ItemDraft } from '../src/screens/ItemForm';
import { OtherErrors } from '../src/components/Fields';

const draft: ItemDraft = { itemNumber: 'X-1', revision: 'A', name: 'Bolt', description: '', type: 'component', baseUnit: 'C62', gtin: '4006381333932', category: '', makeOrBuy: '' };

describe('form error display', () => {
  it('puts each server field error at its field, all at once, and marks the input invalid', () => {
    render(
      <ItemFields
        draft={draft}
        set={() => () => undefined}
        fixedKey={false}
        units={[]}
        errors={[
          { field: 'gtin', message: 'check digit is wrong' },
          { field: 'name', message: 'must not be blank' },
        ]}
      />,
    );
    const gtin = screen.getByLabelText('GTIN');
    expect(gtin.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(gtin.getAttribute('aria-describedby')!)!.textContent).toBe('check digit is wrong');
    expect(screen.getByLabelText(/^Name/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^Item number/).getAttribute('aria-invalid')).toBe('false');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['must not be blank', 'check digit is wrong']);
  });

  it('lists errors for fields the form does not show, so none is lost', () => {
    render(<OtherErrors shown={['gtin']} errors={[{ field: 'gtin', message: 'x' }, { field: 'weight.unit', message: 'unknown unit' }]} />);
    expect(screen.getByRole('alert').textContent).toBe('weight.unit: unknown unit');
  });

  it('sends no empty optional fields', () => {
    expect(itemBody(draft)).toEqual({ itemNumber: 'X-1', revision: 'A', name: 'Bolt', type: 'component', baseUnit: 'C62', gtin: '4006381333932' });
  });
});
