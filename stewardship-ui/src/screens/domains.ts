import type { Domain } from '../auth/roles';

export interface Column {
  key: string;
  header: string;
  value: (r: Record<string, unknown>) => string;
}

export interface Filter {
  param: string;
  label: string;
  options?: string[];
}

interface DomainSpec {
  title: string;
  /** the list answer's array member (BOM pages say "boms") */
  member: string;
  filters: Filter[];
  columns: Column[];
  key: (r: Record<string, unknown>) => string;
}

const STATES = ['draft', 'in_review', 'approved', 'released', 'blocked', 'superseded', 'obsolete'];
const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const nested = (r: Record<string, unknown>, a: string, b: string) => s((r[a] as Record<string, unknown> | null)?.[b]);

export const DOMAINS: Record<Domain, DomainSpec> = {
  items: {
    title: 'Items',
    member: 'items',
    filters: [
      { param: 'number', label: 'Number starts with' },
      { param: 'name', label: 'Name contains' },
      { param: 'state', label: 'State', options: STATES },
      { param: 'type', label: 'Type', options: ['raw', 'component', 'subassembly', 'finished', 'consumable', 'service'] },
    ],
    columns: [
      { key: 'itemNumber', header: 'Number', value: (r) => s(r.itemNumber) },
      { key: 'revision', header: 'Rev', value: (r) => s(r.revision) },
      { key: 'name', header: 'Name', value: (r) => s(r.name) },
      { key: 'type', header: 'Type', value: (r) => s(r.type) },
      { key: 'baseUnit', header: 'Unit', value: (r) => s(r.baseUnit) },
      { key: 'state', header: 'State', value: (r) => s(r.state) },
      { key: 'updatedAt', header: 'Updated', value: (r) => s(r.updatedAt).slice(0, 16).replace('T', ' ') },
    ],
    key: (r) => `${s(r.itemNumber)} rev ${s(r.revision)}`,
  },
  boms: {
    title: 'BOMs',
    member: 'boms',
    filters: [
      { param: 'parentNumber', label: 'Parent number' },
      { param: 'componentNumber', label: 'Uses component' },
      { param: 'state', label: 'State', options: STATES },
      { param: 'type', label: 'Type', options: ['manufacture', 'kit', 'phantom'] },
      { param: 'plant', label: 'Plant' },
    ],
    columns: [
      { key: 'parent', header: 'Parent', value: (r) => `${nested(r, 'parent', 'itemNumber')} rev ${nested(r, 'parent', 'revision')}` },
      { key: 'bomRevision', header: 'BOM rev', value: (r) => s(r.bomRevision) },
      { key: 'type', header: 'Type', value: (r) => s(r.type) },
      { key: 'lineCount', header: 'Lines', value: (r) => s(r.lineCount) },
      { key: 'state', header: 'State', value: (r) => s(r.state) },
    ],
    key: (r) => `BOM ${nested(r, 'parent', 'itemNumber')} rev ${nested(r, 'parent', 'revision')} / ${s(r.bomRevision)}`,
  },
  suppliers: {
    title: 'Suppliers',
    member: 'items',
    filters: [
      { param: 'number', label: 'Number starts with' },
      { param: 'name', label: 'Name contains' },
      { param: 'country', label: 'Country' },
      { param: 'state', label: 'State', options: STATES },
    ],
    columns: [
      { key: 'supplierNumber', header: 'Number', value: (r) => s(r.supplierNumber) },
      { key: 'legalName', header: 'Legal name', value: (r) => s(r.legalName) },
      { key: 'country', header: 'Country', value: (r) => s(r.country) },
      { key: 'currency', header: 'Currency', value: (r) => s(r.currency) },
      { key: 'state', header: 'State', value: (r) => s(r.state) },
    ],
    key: (r) => `${s(r.supplierNumber)} ${s(r.legalName)}`,
  },
  customers: {
    title: 'Customers',
    member: 'items',
    filters: [
      { param: 'number', label: 'Number starts with' },
      { param: 'name', label: 'Name contains' },
      { param: 'country', label: 'Country' },
      { param: 'state', label: 'State', options: STATES },
    ],
    columns: [
      { key: 'customerNumber', header: 'Number', value: (r) => s(r.customerNumber) },
      { key: 'legalName', header: 'Legal name', value: (r) => s(r.legalName) },
      { key: 'country', header: 'Country', value: (r) => s(r.country) },
      { key: 'currency', header: 'Currency', value: (r) => s(r.currency) },
      { key: 'state', header: 'State', value: (r) => s(r.state) },
    ],
    key: (r) => `${s(r.customerNumber)} ${s(r.legalName)}`,
  },
};
