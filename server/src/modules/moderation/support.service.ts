/**
 * "Send support resources" (API.md C6): a moderator sends the author of reported content a kind,
 * private e-mail with the crisis resources, through the outbox. The message names neither the
 * reporter nor the content; the action is audited.
 */
import type { RequestActor } from '../../http/caller.ts';
import { BadRequestError, NotFoundError } from '../../http/errors.ts';
import type { SupportBlock } from '../../lib/crisis-resources.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { supportResourcesMessage } from '../../mail/templates/messages.ts';
import type { CommunityContext } from '../community/index.ts';
import { findUserByPublicId } from '../users/index.ts';
import { recordModeration } from './moderation.audit.ts';
import { assertStaff } from './moderation.service.ts';
import { findReport } from './reports.repository.ts';

/** Queues the support message to the author of a report's content; 400 when nobody can receive it. */
export async function sendSupport(
  ctx: CommunityContext,
  support: SupportBlock,
  actor: RequestActor,
  rawId: string,
): Promise<void> {
  assertStaff(actor.user);
  const db = ctx.database.db;
  const publicId = parsePublicId(rawId);
  const report = publicId === null ? undefined : await findReport(db, publicId);
  if (report === undefined) throw new NotFoundError();
  const author =
    report.author_public_id === null ? undefined : await findUserByPublicId(db, report.author_public_id);
  if (author === undefined || !author.is_active) {
    throw new BadRequestError('The author of this content can no longer be reached.', 'no_recipient');
  }
  const first = author.first_name.trim();
  const message = supportResourcesMessage({
    name: first === '' ? author.username : first,
    message: support.message,
    resources: support.resources,
  });
  await db.transaction().execute(async (trx) => {
    await enqueueMessage(trx, { kind: 'support_resources', to: author.email, ...message });
    await recordModeration(trx, actor, 'moderation.send_support', {
      report_id: report.public_id,
      target_type: report.target_type,
      target_id: report.target_public_id,
      author_id: author.public_id,
    });
  });
  wakeOutbox(ctx.database);
}
