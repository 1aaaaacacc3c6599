/**
 * The API's shapes as the screens use them (docs/api.md, docs/lifecycle.md). When the committed OpenAPI snapshot
 * (schemas/openapi.json) lands, these are to be replaced by the types generated from it.
 */
export interface Task {
  id: string;
  name: string;
  changeRequestId: string;
  group: string;
  assignee: string | null;
  created: string;
  due: string | null;
  overdue: boolean;
  escalatedTo: string | null;
}

export interface ChangeRequest {
  id: string;
  title: string;
  author: string;
  status: string;
  releaseAt: string | null;
  records: { type: string; id: string; kind: string; proposed: unknown }[];
  decisions: { group: string; decidedBy: string; decision: string; comment: string | null; decidedAt: string }[];
  openTasks: Task[];
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface HistoryEntry {
  version: number;
  state: string;
  changedAt: string;
  author: string;
  reason: string | null;
  change: string;
  changedFields: string[];
}

export interface Delivery {
  id: number;
  subscription: string;
  recordVersion: number;
  eventType: string;
  status: string;
  deliveredAt: string | null;
  createdAt: string;
  lastError: string | null;
}

export type AnyRecord = Record<string, unknown> & { id: string; state: string; version: number };

export const TYPE_TO_DOMAIN: Record<string, 'items' | 'boms' | 'suppliers' | 'customers'> = {
  item: 'items',
  bom: 'boms',
  supplier: 'suppliers',
  customer: 'customers',
};
