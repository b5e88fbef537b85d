/**
 * Who is logged in. On start it tries a silent re-login through the refresh cookie (only when
 * this browser has a CSRF cookie, so anonymous visitors cause no failing request), then loads the
 * user. Login and register ask for cookie mode; logout clears the session and every cached query.
 * Offline, the last signed-in user (kept in the offline store) opens the journal; when the network
 * returns the session is refreshed. Logout wipes everything kept for offline use.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, session, type User, unwrap } from '../api/client.ts';
import { clearAllDrafts } from '../lib/drafts.ts';
import { rememberedUser, rememberUser } from '../offline/store.ts';
import { wipeOfflineData } from '../offline/wipe.ts';
import { passkeyAssertion } from './passkeys.ts';
import { clearLogoutPending, logoutPending, markLogoutPending } from './pending-logout.ts';

/** Keeps the user for opening the journal offline; another user's offline data is wiped first. */
async function keepForOffline(next: User): Promise<void> {
  try {
    const before = await rememberedUser();
    if (before !== undefined && before.id !== next.id) await wipeOfflineData();
    await rememberUser(next);
  } catch {
    // No IndexedDB (private mode): the app still works online.
  }
}

/** Where the session is. */
export type AuthStatus = 'loading' | 'anonymous' | 'authenticated';

/** What {@link useAuth} gives. */
export interface AuthState {
  /** Loading until the silent re-login has been tried. */
  status: AuthStatus;
  /** The logged-in user, or null. */
  user: User | null;
  /** A calm message after the session ended on its own (shown on the login page). */
  notice: string | null;
  /**
   * Logs in (username or e-mail) and stores the session; when the account has a second factor it
   * stores nothing and answers the second step to take instead.
   */
  login(identifier: string, password: string): Promise<LoginAnswer>;
  /** Finishes a login's second step with an authenticator or recovery code. */
  finishSecondStep(mfaToken: string, code: string): Promise<User>;
  /** Signs in with a passkey of this device (the browser asks which one). */
  loginWithPasskey(): Promise<User>;
  /** Stores the session of a register or login response. */
  accept(access: string, user: User): void;
  /** Replaces the user object (after a profile edit). */
  setUser(user: User): void;
  /** Logs this browser out. */
  logout(): Promise<void>;
  /** Logs out every session of the account, this one included. */
  logoutAll(): Promise<void>;
  /** Clears local state after the account is gone or the password changed elsewhere. */
  forget(notice?: string): void;
}

/** A way to pass the second step of a login. */
export type SecondStepMethod = 'totp' | 'recovery_code' | 'passkey';

/** What a password login answered: a session, or a second step to take. */
export type LoginAnswer =
  | { kind: 'session'; user: User }
  | { kind: 'second_step'; mfaToken: string; methods: SecondStepMethod[] };

const AuthContext = createContext<AuthState | null>(null);

/** Cookie mode: the refresh token stays in an HttpOnly cookie. */
export const COOKIE_MODE = { 'X-Auth-Mode': 'cookie' } as const;

/**
 * Tells the server to end this browser's session. True when it heard (a 401 too: nothing left to
 * end); false when it could not be reached, so the logout must be finished later.
 */
async function postLogout(): Promise<boolean> {
  const csrf = session.csrfToken();
  try {
    const { response } = await api.POST('/api/auth/logout/', {
      body: {},
      headers: csrf === null ? {} : { 'X-CSRFToken': csrf },
    });
    return response.status < 500;
  } catch {
    return false;
  }
}

/** Provides {@link AuthState} to the app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [user, setUserState] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const forget = useCallback(
    (message?: string) => {
      session.end('logout');
      queryClient.clear();
      setUserState(null);
      setStatus('anonymous');
      setNotice(message ?? null);
    },
    [queryClient],
  );

  useEffect(() => {
    let cancelled = false;
    const boot = async () => {
      if (logoutPending()) {
        // The last logout happened offline: finish it on the server, never sign back in.
        if (navigator.onLine && (await postLogout())) clearLogoutPending();
        if (!cancelled) setStatus('anonymous');
        return;
      }
      if (!navigator.onLine && session.mayRefresh()) {
        const remembered = (await rememberedUser().catch(() => undefined)) as User | undefined;
        if (remembered !== undefined) {
          if (!cancelled) {
            setUserState(remembered);
            setStatus('authenticated');
          }
          return;
        }
      }
      if (session.mayRefresh() && (await session.refresh()) !== null) {
        try {
          const me = await unwrap(api.GET('/api/auth/user/'));
          if (!cancelled) {
            setUserState(me);
            setStatus('authenticated');
            void keepForOffline(me);
          }
          return;
        } catch {
          // fall through to anonymous
        }
      }
      if (!cancelled) setStatus('anonymous');
    };
    void boot();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(
    () =>
      session.onEnd((reason) => {
        if (reason !== 'expired') return;
        setUserState((current) => {
          if (current !== null) {
            setNotice('Your session has ended. Please log in again — nothing you saved is lost.');
            queryClient.clear();
          }
          return null;
        });
        setStatus('anonymous');
      }),
    [queryClient],
  );

  // Back online after opening offline: get a fresh access token (or learn the session ended).
  useEffect(() => {
    const revive = () => {
      if (session.access() === null && session.mayRefresh()) void session.refresh();
    };
    window.addEventListener('online', revive);
    return () => window.removeEventListener('online', revive);
  }, []);

  const accept = useCallback((access: string, next: User) => {
    clearLogoutPending();
    void keepForOffline(next);
    session.setAccess(access);
    setUserState(next);
    setStatus('authenticated');
    setNotice(null);
  }, []);

  const login = useCallback(
    async (identifier: string, password: string) => {
      const body = await unwrap(
        api.POST('/api/auth/login/', {
          body: { username: identifier, password },
          headers: COOKIE_MODE,
        }),
      );
      if ('mfa_required' in body) {
        return { kind: 'second_step', mfaToken: body.mfa_token, methods: body.methods } as const;
      }
      accept(body.access, body.user);
      return { kind: 'session', user: body.user } as const;
    },
    [accept],
  );

  const finishSecondStep = useCallback(
    async (mfaToken: string, code: string) => {
      const body = await unwrap(
        api.POST('/api/auth/login/mfa/', { body: { mfa_token: mfaToken, code }, headers: COOKIE_MODE }),
      );
      accept(body.access, body.user);
      return body.user;
    },
    [accept],
  );

  const loginWithPasskey = useCallback(async () => {
    const options = await unwrap(api.POST('/api/auth/passkeys/login/options/'));
    const credential = await passkeyAssertion(options);
    const body = await unwrap(
      api.POST('/api/auth/passkeys/login/', { body: { credential }, headers: COOKIE_MODE }),
    );
    accept(body.access, body.user);
    return body.user;
  }, [accept]);

  const logout = useCallback(async () => {
    try {
      if (!(await postLogout())) markLogoutPending();
    } finally {
      clearAllDrafts();
      await wipeOfflineData();
      forget('You have logged out. Take care.');
    }
  }, [forget]);

  const logoutAll = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/auth/logout-all/'));
    } finally {
      clearAllDrafts();
      await wipeOfflineData();
      forget('You have logged out on every device.');
    }
  }, [forget]);

  const value = useMemo<AuthState>(
    () => ({
      status,
      user,
      notice,
      login,
      finishSecondStep,
      loginWithPasskey,
      accept,
      setUser: setUserState,
      logout,
      logoutAll,
      forget,
    }),
    [status, user, notice, login, finishSecondStep, loginWithPasskey, accept, logout, logoutAll, forget],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The auth state; must be used inside {@link AuthProvider}. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (state === null) throw new Error('useAuth outside AuthProvider');
  return state;
}
