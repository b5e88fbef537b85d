/**
 * Confirms blocking or muting a member, saying plainly what each does and how to undo it; on
 * confirmation it acts, refreshes what is shown and leaves an app-wide message with the way back.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/errors.ts';
import { type SafetyAction, safetyKeys, setRelation } from '../api/safety.ts';
import { flash } from '../lib/flash.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/** Props of {@link SafetyDialog}. */
export interface SafetyDialogProps {
  /** What to confirm, or null when closed. */
  action: SafetyAction | null;
  /** The member. */
  user: { id: string; name: string };
  /** Called after cancel or success. */
  onClose(done: boolean): void;
  /** Called after success, before the lists refresh (e.g. to leave a post that is about to disappear). */
  onDone?: () => void;
}

/** What blocking and muting do, in words people read before choosing. */
export function SafetyExplanation({ action, name }: { action: SafetyAction; name: string }) {
  if (action === 'block') {
    return (
      <>
        <p>
          You and {name} stop seeing each other’s posts and comments — anonymous ones too — and neither of you
          gets notifications about the other.
        </p>
        <p>{name} isn’t told. They might notice that your posts are gone.</p>
        <p>
          To undo it, go to <strong>Account → Safety → Blocked and muted</strong> and choose Unblock.
        </p>
        <p className="muted small">
          If someone is hurting you or others, please report it too: moderators can act for everyone.
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        {name}’s posts and comments disappear for you only. They can still see your posts, and they are never
        told.
      </p>
      <p>
        To undo it, go to <strong>Account → Safety → Blocked and muted</strong> and choose Unmute.
      </p>
      <p className="muted small">Want a stronger break? Block works both ways.</p>
    </>
  );
}

/** The block / mute confirmation. */
export function SafetyDialog({ action, user, onClose, onDone }: SafetyDialogProps) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const verb = action === 'block' ? 'Block' : 'Mute';
  const confirm = async () => {
    if (action === null) return;
    setBusy(true);
    setError(null);
    try {
      await setRelation(action, user.id, true);
      onClose(true);
      onDone?.();
      flash(
        action === 'block'
          ? `You blocked ${user.name}. You won’t see each other’s posts or comments.`
          : `You muted ${user.name}. Their posts and comments are hidden for you.`,
        { to: '/settings/safety', label: 'Undo in Blocked and muted' },
        onDone ? 1 : 0,
      );
      await client.invalidateQueries({ queryKey: safetyKeys.all });
      await client.invalidateQueries({ queryKey: ['posts'] });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={action !== null}
      title={`${verb} ${user.name}?`}
      confirmLabel={`${verb} ${user.name}`}
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={() => {
        setError(null);
        onClose(false);
      }}
    >
      {action ? <SafetyExplanation action={action} name={user.name} /> : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
