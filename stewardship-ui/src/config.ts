/** Runtime settings the server gives at start (GET /ui/config.json): nothing about Keycloak is compiled in. */
export interface RuntimeConfig {
  authority: string;
  clientId: string;
  apiBase: string;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The server gave no UI settings (HTTP ${response.status})`);
  return (await response.json()) as RuntimeConfig;
}
