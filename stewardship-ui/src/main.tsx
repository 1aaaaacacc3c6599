import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { loadConfig } from './config';
import { createUserManager, meOf } from './auth/session';
import { SessionContext } from './auth/context';
import { configureApi } from './api/client';
import { createRouter } from './router';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

async function start() {
  const config = await loadConfig();
  const users = createUserManager(config);
  const callbackPath = `${import.meta.env.BASE_URL}callback`;
  if (window.location.pathname === callbackPath) {
    const user = await users.signinRedirectCallback();
    const back = (user.state as { returnTo?: string } | undefined)?.returnTo ?? import.meta.env.BASE_URL;
    window.history.replaceState(null, '', back);
  }
  let user = await users.getUser();
  if (user?.expired) user = await users.signinSilent().catch(() => null);
  if (!user) {
    await users.signinRedirect({ state: { returnTo: window.location.pathname + window.location.search } });
    return;
  }
  configureApi(config.apiBase, async () => (await users.getUser())?.access_token ?? null);
  const session = { me: meOf(user), users };
  users.events.addUserLoaded((renewed) => {
    Object.assign(session.me, meOf(renewed));
  });
  users.events.addSilentRenewError(() => void users.signinRedirect({ state: { returnTo: window.location.pathname } }));
  const queries = new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, retry: 1, refetchOnWindowFocus: false } } });
  root.render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        <QueryClientProvider client={queries}>
          <RouterProvider router={createRouter()} />
        </QueryClientProvider>
      </SessionContext.Provider>
    </StrictMode>,
  );
}

start().catch((e: unknown) => {
  root.render(
    <main className="error-box" role="alert">
      <h1>The stewardship UI could not start</h1>
      <p>{e instanceof Error ? e.message : String(e)}</p>
    </main>,
  );
});
