/**
 * SQL for blocks and mutes (the `blocks` and `mutes` tables), and the one query that tells the
 * community whose content a viewer must not see and which words they filter.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { nowMicros } from '../../lib/time.ts';
import { USER_COLUMNS } from '../users/index.ts';

/** Which relation a row is. */
export type RelationKind = 'block' | 'mute';

/** Records `userId` blocking or muting `otherId` (no-op when it exists). */
export async function addRelation(
  db: Executor,
  kind: RelationKind,
  userId: number,
  otherId: number,
): Promise<void> {
  const created = nowMicros();
  if (kind === 'block') {
    await db
      .insertInto('blocks')
      .values({ blocker_id: userId, blocked_id: otherId, created })
      .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
      .execute();
  } else {
    await db
      .insertInto('mutes')
      .values({ muter_id: userId, muted_id: otherId, created })
      .onConflict((oc) => oc.columns(['muter_id', 'muted_id']).doNothing())
      .execute();
  }
}

/** Removes the relation (no-op when absent). */
export async function removeRelation(
  db: Executor,
  kind: RelationKind,
  userId: number,
  otherId: number,
): Promise<void> {
  if (kind === 'block') {
    await db
      .deleteFrom('blocks')
      .where('blocker_id', '=', userId)
      .where('blocked_id', '=', otherId)
      .execute();
  } else {
    await db.deleteFrom('mutes').where('muter_id', '=', userId).where('muted_id', '=', otherId).execute();
  }
}

/** The users `userId` blocked or muted, by username. */
export async function listRelated(db: Executor, kind: RelationKind, userId: number) {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('id', 'in', (eb) =>
      kind === 'block'
        ? eb.selectFrom('blocks').select('blocked_id').where('blocker_id', '=', userId)
        : eb.selectFrom('mutes').select('muted_id').where('muter_id', '=', userId),
    )
    .orderBy('username')
    .execute();
}

/** Deletes every block and mute a user is part of, either side (account deletion). */
export async function deleteRelationsOf(db: Executor, userId: number): Promise<void> {
  await db
    .deleteFrom('blocks')
    .where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)]))
    .execute();
  await db
    .deleteFrom('mutes')
    .where((eb) => eb.or([eb('muter_id', '=', userId), eb('muted_id', '=', userId)]))
    .execute();
}

/** One row of {@link loadRelations}: a hidden author, or the viewer's filter. */
interface RelationRow {
  kind: 'hidden' | 'filter';
  other_id: number | null;
  words: string | null;
  action: string | null;
}

/**
 * In one query: the authors hidden from `userId` (whom they blocked, who blocked them — staff
 * excepted on both sides when `staff` — and whom they muted) and their filter row. Blocks
 * involving a staff member have no effect: staff stay reachable and staff viewers see everything.
 */
export async function loadRelations(
  db: Executor,
  userId: number,
  staff: boolean,
): Promise<{ hidden: number[]; words: string | null; action: string | null }> {
  const blocks = staff
    ? sql``
    : sql`select 'hidden' as kind, b.blocked_id as other_id, null as words, null as action
          from blocks b join users u on u.id = b.blocked_id
          where b.blocker_id = ${userId} and u.role = 'user'
          union all
          select 'hidden', b.blocker_id, null, null
          from blocks b join users u on u.id = b.blocker_id
          where b.blocked_id = ${userId} and u.role = 'user'
          union all `;
  const result = await sql<RelationRow>`
    ${blocks}
    select 'hidden' as kind, muted_id as other_id, null as words, null as action
    from mutes where muter_id = ${userId}
    union all
    select 'filter', null, words, action from filter_words where user_id = ${userId}`.execute(db);
  const hidden = new Set<number>();
  let words: string | null = null;
  let action: string | null = null;
  for (const row of result.rows) {
    if (row.kind === 'filter') {
      words = row.words;
      action = row.action;
    } else if (row.other_id !== null) {
      hidden.add(Number(row.other_id));
    }
  }
  return { hidden: [...hidden], words, action };
}

/**
 * True when either user blocked the other and neither is staff (blocks involving staff have no
 * effect, as in {@link loadRelations}).
 */
export async function blockedEitherWay(db: Executor, a: number, b: number): Promise<boolean> {
  const row = await sql<{ n: number }>`
    select 1 as n from blocks bl
    join users x on x.id = bl.blocker_id join users y on y.id = bl.blocked_id
    where ((bl.blocker_id = ${a} and bl.blocked_id = ${b}) or (bl.blocker_id = ${b} and bl.blocked_id = ${a}))
      and x.role = 'user' and y.role = 'user'
    limit 1`.execute(db);
  return row.rows.length > 0;
}

/**
 * The users from whom `authorId`'s content is hidden: whom the author blocked and who blocked
 * the author (members on both sides), and who muted the author.
 */
export async function viewersHidingAuthor(db: Executor, authorId: number): Promise<number[]> {
  const result = await sql<{ other_id: number }>`
    select b.blocked_id as other_id from blocks b
    join users u on u.id = b.blocked_id join users a on a.id = b.blocker_id
    where b.blocker_id = ${authorId} and u.role = 'user' and a.role = 'user'
    union
    select b.blocker_id from blocks b
    join users u on u.id = b.blocker_id join users a on a.id = b.blocked_id
    where b.blocked_id = ${authorId} and u.role = 'user' and a.role = 'user'
    union
    select muter_id from mutes where muted_id = ${authorId}`.execute(db);
  return result.rows.map((row) => Number(row.other_id));
}
