/** One small fetch wrapper for /api/v1: bearer token, JSON, ETag / If-Match, and problem documents as errors. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  get status() {
    return this.problem.status;
  }
}

export interface Answer<T> {
  data: T;
  etag: string | null;
  status: number;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  ifMatch?: string | null;
  reason?: string;
}

export type TokenSource = () => Promise<string | null>;

let tokenSource: TokenSource = async () => null;
let apiBase = '/api/v1';

export function configureApi(base: string, tokens: TokenSource) {
  apiBase = base;
  tokenSource = tokens;
}

export async function call<T>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = await tokenSource();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.reason) headers['Change-Reason'] = options.reason;
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ status: 0, title: 'The server cannot be reached', detail: 'Check the connection and retry.' });
  }
  const text = await response.text();
  const json = text ? safeJson(text) : null;
  if (!response.ok) {
    const problem = (json && typeof json === 'object' ? json : {}) as Problem;
    throw new ApiError({ ...problem, status: response.status, title: problem.title ?? response.statusText });
  }
  return { data: json as T, etag: response.headers.get('ETag'), status: response.status };
}

export const get = async <T>(path: string) => (await call<T>(path)).data;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 200) };
  }
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
