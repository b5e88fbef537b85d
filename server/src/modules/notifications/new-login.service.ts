/**
 * `security.new_login`: a sign-in from a device/IP pair this account had not used. The user is
 * told in the app (unless they turned that off) and always by e-mail, through the outbox.
 */
import type { DomainEvents } from '../../events/domain-events.ts';
import { frontendBase } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { type RenderedMail, render } from '../../mail/templates/layout.ts';
import { findUserById } from '../users/index.ts';
import type { NotificationsContext } from './notifications.context.ts';
import { notify } from './notify.service.ts';

/** The calm, short e-mail about a new sign-in. */
export function newLoginMessage(p: {
  name: string;
  device: string;
  ip: string;
  sessionsLink: string;
}): RenderedMail {
  return render({
    subject: 'a new sign-in to your account',
    name: p.name,
    intro: [`Your account was just signed in to from ${p.device} (IP address ${p.ip}).`],
    action: { label: 'Review your sessions', url: p.sessionsLink },
    outro: [
      'If this was you, there is nothing more to do.',
      'If it was not, sign out that session and change your password.',
    ],
  });
}

/** Tells the user about a sign-in from a new device/IP pair, in the app and by e-mail. */
export async function onNewLogin(
  ctx: NotificationsContext,
  event: DomainEvents['security.new_login'],
): Promise<void> {
  await notify(ctx, {
    recipientId: event.userId,
    type: 'security.new_login',
    actorId: null,
    actorHidden: true,
    post: null,
    comment: null,
    fold: null,
  });
  const user = await findUserById(ctx.database.db, event.userId);
  if (user === undefined) return;
  const message = newLoginMessage({
    name: user.first_name || user.username,
    device: event.userAgent ?? 'an unknown device',
    ip: event.ip ?? 'unknown',
    sessionsLink: `${frontendBase(ctx.config)}/settings/security`,
  });
  await enqueueMessage(ctx.database.db, { kind: 'new_login', to: user.email, ...message });
  wakeOutbox(ctx.database);
}
