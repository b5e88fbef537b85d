/**
 * How a successful login answers, whatever its steps were (password, second step, passkey): the
 * user and the tokens, with the refresh token in the body or (cookie mode) in its cookie.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../http/auth.ts';
import { baseUrl, toUserDto, type UserRow } from '../users/index.ts';
import type { AccountsContext } from './auth.context.ts';
import { setSessionCookies, wantsCookieMode } from './cookie-mode.ts';
import type { LoginResult } from './login-session.service.ts';
import type { IssuedTokens } from './sessions.service.ts';

/** The caller a new session stands for, to present the user object to its owner. */
export function selfViewer(user: UserRow, tokens: IssuedTokens): AuthUser {
  return { id: user.id, publicId: user.public_id, role: user.role, sessionId: tokens.sessionId };
}

/** Body mode puts the refresh token in JSON; cookie mode sets cookies and leaves it out. */
export function deliver(
  ctx: AccountsContext,
  request: FastifyRequest,
  reply: FastifyReply,
  tokens: IssuedTokens,
  options: { cookie: boolean; newCsrf: boolean },
): { access: string; refresh?: string } {
  if (options.cookie) {
    setSessionCookies(request, reply, ctx.config, tokens.refresh, options.newCsrf);
    return { access: tokens.access };
  }
  return tokens.refresh === null
    ? { access: tokens.access }
    : { refresh: tokens.refresh, access: tokens.access };
}

/** The answer of a login: the user (as its owner sees it) and the tokens. */
export function sessionAnswer(
  ctx: AccountsContext,
  request: FastifyRequest,
  reply: FastifyReply,
  result: LoginResult,
) {
  const { user, tokens } = result;
  const dto = toUserDto(user.row, selfViewer(user.row, tokens), baseUrl(request), user.counts);
  const cookie = wantsCookieMode(request);
  return { user: dto, ...deliver(ctx, request, reply, tokens, { cookie, newCsrf: true }) };
}
