/**
 * A month of moods at a glance: one cell per day with the face of that day's average mood
 * (from the insights, in the browser's time zone), and buttons to move between months.
 */
import { useState } from 'react';
import { useMonthMoods } from '../api/journal.ts';
import { moodName } from '../lib/format.ts';
import { ErrorMessage, Loading } from './feedback.tsx';
import { MoodFace } from './MoodFace.tsx';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The weeks of a month as rows of seven day numbers (null outside the month), Monday first. */
export function monthWeeks(year: number, month: number): (number | null)[][] {
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month view. */
export function MoodCalendar() {
  const now = new Date();
  const [shown, setShown] = useState({ year: now.getFullYear(), month: now.getMonth() });
  const moods = useMonthMoods(shown.year, shown.month);
  const title = new Date(shown.year, shown.month, 1).toLocaleDateString(undefined, {
    month: 'long',
    year: 'numeric',
  });
  const byDay = new Map((moods.data?.daily ?? []).map((d) => [Number(d.date.slice(8, 10)), d]));
  const move = (delta: number) => {
    const d = new Date(shown.year, shown.month + delta, 1);
    setShown({ year: d.getFullYear(), month: d.getMonth() });
  };
  const isCurrent = shown.year === now.getFullYear() && shown.month === now.getMonth();
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <div className="row row--between">
        <h2 id="calendar-heading">Month view</h2>
        <div className="row">
          <button type="button" className="btn btn--secondary btn--small" onClick={() => move(-1)}>
            <span aria-hidden="true">←</span> Previous<span className="visually-hidden"> month</span>
          </button>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={isCurrent}
            onClick={() => move(1)}
          >
            Next<span className="visually-hidden"> month</span> <span aria-hidden="true">→</span>
          </button>
        </div>
      </div>
      {moods.isPending ? <Loading /> : null}
      {moods.isError ? <ErrorMessage error={moods.error} onRetry={() => moods.refetch()} /> : null}
      <table className="calendar">
        <caption>{title}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(shown.year, shown.month).map((week) => (
            <tr key={week.map((d) => d ?? '-').join('.')}>
              {week.map((day, i) => {
                const mood = day === null ? undefined : byDay.get(day);
                const score = mood?.average === null || mood === undefined ? null : Math.round(mood.average);
                return (
                  <td key={day ?? `empty-${i}`} data-mood={score ?? undefined}>
                    {day === null ? null : (
                      <>
                        <span className="calendar__day">{day}</span>
                        {score !== null ? (
                          <>
                            <MoodFace score={score} size={20} />
                            <span className="visually-hidden">{moodName(score)}</span>
                          </>
                        ) : null}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
