import { createContext, useContext } from 'react';
import type { UserManager } from 'oidc-client-ts';
import type { Me } from './roles';

export interface Session {
  me: Me;
  users: UserManager;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('no session');
  return session;
}

export const useMe = () => useSession().me;
