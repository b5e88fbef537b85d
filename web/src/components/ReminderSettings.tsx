/**
 * The gentle check-in reminder (API.md C4): on or off, the local time, the days, and the time zone
 * (the browser's own until one is saved). One e-mail at that time, never when you already checked
 * in that day; every e-mail has a one-click link to turn it off.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { ApiError, describeError } from '../api/errors.ts';
import { timeZone } from '../lib/format.ts';
import { FormAlert, Notice } from './feedback.tsx';
import { CheckboxField, SelectField, TextField } from './fields.tsx';

const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;
const KEY = ['journal', 'reminders'] as const;

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** The reminder settings card. */
export function ReminderSettings() {
  const client = useQueryClient();
  const saved = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/journal/reminders/')) });
  const [enabled, setEnabled] = useState(false);
  const [time, setTime] = useState('20:00');
  const [tz, setTz] = useState(timeZone());
  const [days, setDays] = useState<string[]>(DAYS.map(([d]) => d));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (saved.data === undefined) return;
    setEnabled(saved.data.enabled);
    setTime(saved.data.time);
    // Never chosen: the browser's own zone is the better first guess than UTC.
    setTz(!saved.data.enabled && saved.data.tz === 'UTC' ? timeZone() : saved.data.tz);
    setDays(saved.data.days);
  }, [saved.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    setDone(false);
    try {
      const next = await unwrap(api.PUT('/api/journal/reminders/', { body: { enabled, time, tz, days } }));
      client.setQueryData(KEY, next);
      setDone(true);
    } catch (e) {
      const fields: Record<string, string> = {};
      if (e instanceof ApiError)
        for (const field of ['time', 'tz', 'days']) {
          const message = e.fields[field]?.[0];
          if (message !== undefined) fields[field] = message;
        }
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Check-in reminder</h2>
      <p className="muted small">
        One calm e-mail at the time you choose — never when you have already checked in that day. Each e-mail
        has a link to turn it off.
      </p>
      <form onSubmit={submit} noValidate className="stack">
        <CheckboxField
          label="Send me a gentle reminder to check in"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        <TextField
          label="Time"
          type="time"
          value={time}
          error={errors.time}
          onChange={(e) => setTime(e.target.value)}
        />
        <fieldset className="days">
          <legend>Days</legend>
          {DAYS.map(([day, name]) => (
            <CheckboxField
              key={day}
              label={name}
              checked={days.includes(day)}
              onChange={(e) =>
                setDays((current) =>
                  e.target.checked ? [...current, day] : current.filter((d) => d !== day),
                )
              }
            />
          ))}
          {errors.days ? <p className="field-error">{errors.days}</p> : null}
        </fieldset>
        <SelectField label="Time zone" value={tz} error={errors.tz} onChange={(e) => setTz(e.target.value)}>
          {zones(tz).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <FormAlert message={formError} />
        {done ? (
          <Notice tone="success">
            {enabled && saved.data?.next_at
              ? `Saved. Next reminder: ${new Date(saved.data.next_at).toLocaleString()}.`
              : 'Saved. Reminders are off.'}
          </Notice>
        ) : null}
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Saving…' : 'Save reminder'}
        </button>
      </form>
    </section>
  );
}
