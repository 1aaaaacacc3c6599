// Setup calls straight to the API with real Keycloak tokens (password grant of the realm's CLI client), for the
// records a scenario needs before its screens: the screens under test are always driven through the browser.
export function apiClient(base, keycloakRealmUrl) {
  const tokens = new Map();
  async function token(user) {
    if (tokens.has(user)) return tokens.get(user);
    const response = await fetch(`${keycloakRealmUrl}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'mdm-cli', username: user, password: user, scope: 'openid' }),
    });
    if (!response.ok) throw new Error(`no token for ${user}: ${response.status} ${await response.text()}`);
    const t = (await response.json()).access_token;
    tokens.set(user, t);
    return t;
  }
  async function call(user, method, path, body, headers = {}) {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${await token(user)}`, 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let answer = null;
    try {
      answer = text ? JSON.parse(text) : null;
    } catch {
      answer = text.slice(0, 300);
    }
    return { status: response.status, body: answer, etag: response.headers.get('ETag') };
  }
  async function ok(user, method, path, body, headers) {
    const r = await call(user, method, path, body, headers);
    if (r.status >= 300) throw new Error(`${method} ${path} as ${user}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
  /** Retire a test subscription: the same settings with active false (the stored secret is kept). */
  async function deactivate(id) {
    const current = await call('admin', 'GET', `/subscriptions/${id}`);
    const settings = Object.fromEntries(
      ['name', 'targetType', 'domains', 'filter', 'config', 'mappings', 'includeSensitive', 'retry']
        .filter((k) => current.body[k] !== null && current.body[k] !== undefined)
        .map((k) => [k, current.body[k]]),
    );
    await ok('admin', 'PUT', `/subscriptions/${id}`, { ...settings, active: false }, { 'If-Match': current.etag });
  }
  return { call, ok, token, deactivate };
}

/** A GTIN-13 with a correct check digit, unique enough per run. */
export function gtin(seed) {
  const digits = String(seed).padStart(12, '0').slice(-12).split('').map(Number);
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 === 0 ? 1 : 3), 0);
  return digits.join('') + ((10 - (sum % 10)) % 10);
}
