/**
 * `/settings/notifications`: per type, whether it shows in the app and whether it is e-mailed
 * (the new sign-in e-mail stays on, explained), the e-mail digest and the time zone whose morning
 * it arrives in (the browser's zone is offered, and sent when someone first picks a digest).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { type NotificationPreferences, notificationKeys } from '../api/notifications.ts';
import { ErrorMessage, FormAlert, Loading, Notice } from '../components/feedback.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SettingsNav } from '../components/SettingsNav.tsx';
import { timeZone } from '../lib/format.ts';

/** The types in the order shown, with what they mean for people. */
export const NOTIFICATION_TYPES: readonly (readonly [string, string])[] = [
  ['post.commented', 'Someone comments on your post'],
  ['mention', 'Someone mentions your @username'],
  ['post.liked', 'Someone likes your post'],
  ['comment.liked', 'Someone likes your comment'],
  ['report.closed', 'A report you sent has been looked at'],
  ['post.hidden', 'Moderators hide your post'],
  ['post.restored', 'Moderators restore your post'],
  ['comment.hidden', 'Moderators hide your comment'],
  ['comment.restored', 'Moderators restore your comment'],
  ['security.new_login', 'A sign-in from a new device'],
];

const LOCKED = 'security.new_login';
type Digest = NotificationPreferences['email_digest'];

/** The notification settings page. */
export function NotificationSettingsPage() {
  const client = useQueryClient();
  const prefs = useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => unwrap(api.GET('/api/notifications/preferences/')),
  });
  const [draft, setDraft] = useState<NotificationPreferences | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const browserZone = timeZone();

  useEffect(() => {
    if (prefs.data && draft === null) setDraft(prefs.data);
  }, [prefs.data, draft]);

  if (prefs.isPending || (prefs.isSuccess && draft === null)) {
    return (
      <>
        <PageTitle>Notifications</PageTitle>
        <SettingsNav />
        <Loading label="Loading your settings…" />
      </>
    );
  }
  if (prefs.isError || draft === null) {
    return (
      <>
        <PageTitle>Notifications</PageTitle>
        <SettingsNav />
        <ErrorMessage error={prefs.error} onRetry={() => prefs.refetch()} />
      </>
    );
  }

  const setType = (type: string, channel: 'in_app' | 'email', on: boolean) => {
    setSaved(false);
    const current = draft.types[type] ?? { in_app: true, email: false };
    setDraft({ ...draft, types: { ...draft.types, [type]: { ...current, [channel]: on } } });
  };
  const setDigest = (digest: Digest) => {
    setSaved(false);
    // The first time someone picks a digest, its morning is theirs, not UTC's.
    const zone = draft.email_digest === 'off' && draft.timezone === 'UTC' ? browserZone : draft.timezone;
    setDraft({ ...draft, email_digest: digest, timezone: digest === 'off' ? draft.timezone : zone });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const types = Object.fromEntries(
        Object.entries(draft.types).map(([type, value]) => [
          type,
          type === LOCKED ? { in_app: value.in_app, email: true } : value,
        ]),
      );
      const next = await unwrap(
        api.PUT('/api/notifications/preferences/', {
          body: { types, email_digest: draft.email_digest, timezone: draft.timezone },
        }),
      );
      client.setQueryData(notificationKeys.preferences, next);
      setDraft(next);
      setSaved(true);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const known = new Set(NOTIFICATION_TYPES.map(([type]) => type));
  const rows = [
    ...NOTIFICATION_TYPES,
    ...Object.keys(draft.types)
      .filter((type) => !known.has(type))
      .map((type) => [type, type] as const),
  ];

  return (
    <>
      <PageTitle title="Notification settings">Notifications</PageTitle>
      <SettingsNav />
      <form onSubmit={submit} noValidate>
        <section className="card" aria-labelledby="types-heading">
          <h2 id="types-heading">What you hear about</h2>
          <p className="muted small">
            “In the app” shows it under the bell. “By e-mail” sends a short e-mail when it happens.
          </p>
          <table className="pref-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">In the app</th>
                <th scope="col">By e-mail</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([type, label]) => {
                const value = draft.types[type] ?? { in_app: true, email: false };
                const locked = type === LOCKED;
                return (
                  <tr key={type}>
                    <th scope="row">
                      {label}
                      {locked ? (
                        <span id="locked-hint" className="hint">
                          {' '}
                          The e-mail always goes out: it is how we warn you if someone else signs in to your
                          account.
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${label}: in the app`}
                        checked={value.in_app}
                        onChange={(e) => setType(type, 'in_app', e.target.checked)}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${label}: by e-mail`}
                        checked={locked ? true : value.email}
                        disabled={locked}
                        aria-describedby={locked ? 'locked-hint' : undefined}
                        onChange={(e) => setType(type, 'email', e.target.checked)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="digest-heading">
          <h2 id="digest-heading">E-mail digest</h2>
          <fieldset>
            <legend className="legend">A calm summary of what you haven’t read yet</legend>
            {(
              [
                ['off', 'No digest'],
                ['daily', 'Every morning'],
                ['weekly', 'Monday mornings'],
              ] as const
            ).map(([value, label]) => (
              <div className="check" key={value}>
                <input
                  id={`digest-${value}`}
                  type="radio"
                  name="digest"
                  value={value}
                  checked={draft.email_digest === value}
                  onChange={() => setDigest(value)}
                />
                <label htmlFor={`digest-${value}`}>{label}</label>
              </div>
            ))}
          </fieldset>
          <p className="small" id="zone-info">
            Digests arrive at 8:00 in the morning, time zone <strong>{draft.timezone}</strong>.
            {draft.timezone === browserZone ? ' (This device’s time zone.)' : null}
          </p>
          {draft.timezone !== browserZone ? (
            <button
              type="button"
              className="btn btn--quiet btn--small"
              onClick={() => {
                setSaved(false);
                setDraft({ ...draft, timezone: browserZone });
              }}
            >
              Use this device’s time zone ({browserZone})
            </button>
          ) : null}
          <p className="muted small">
            Nothing unread means no digest. Every e-mail has a one-click unsubscribe link.
          </p>
        </section>
        <FormAlert message={error} />
        {saved ? <Notice tone="success">Your notification settings are saved.</Notice> : null}
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Saving…' : 'Save notification settings'}
        </button>
      </form>
    </>
  );
}
