/** Schemas of `GET /api/journal/insights/` (docs/insights.md defines every number). */
import { Type } from 'typebox';
import { tzField } from './journal.schemas.ts';

const date = (description: string) => Type.String({ format: 'date', description });
const average = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });
const tagCounts = (what: string) =>
  Type.Array(
    Type.Object({
      tag: Type.String({ description: `The ${what} tag.` }),
      count: Type.Integer({ description: 'Check-ins carrying it.' }),
    }),
    { description: `Most frequent ${what} tags (at most 20), most used first, ties by name.` },
  );

/** `?from=&to=&tz=`. */
export const InsightsQuery = Type.Object({
  from: Type.Optional(
    Type.String({ description: 'First local day, YYYY-MM-DD (default: 29 days before to).' }),
  ),
  to: Type.Optional(
    Type.String({ description: 'Last local day, YYYY-MM-DD, inclusive (default: today in tz).' }),
  ),
  tz: tzField,
});

/** The insights document. */
export const InsightsSchema = Type.Object(
  {
    from: date('First day of the range.'),
    to: date('Last day of the range (inclusive).'),
    tz: Type.String({ description: 'The time zone days were counted in.' }),
    checkins: Type.Integer({ description: 'Check-ins in the range.' }),
    days_with_checkins: Type.Integer({ description: 'Days with at least one check-in.' }),
    average: average('Mean of the daily averages, or null without check-ins.'),
    daily: Type.Array(
      Type.Object({
        date: date('The local day.'),
        average: Type.Number({ description: 'Mean score of that day’s check-ins.' }),
        count: Type.Integer({ description: 'Check-ins that day.' }),
      }),
      { description: 'Days with check-ins, oldest first.' },
    ),
    weekly: Type.Array(
      Type.Object({
        week_start: date('Monday of the ISO week.'),
        average: Type.Number({ description: 'Mean of that week’s daily averages.' }),
        days: Type.Integer({ description: 'Days of the week with check-ins.' }),
        count: Type.Integer({ description: 'Check-ins that week.' }),
      }),
      { description: 'Weeks with check-ins, oldest first.' },
    ),
    by_weekday: Type.Array(
      Type.Object({
        weekday: Type.Integer({ description: 'ISO weekday: 1 = Monday … 7 = Sunday.' }),
        name: Type.String({ description: 'monday … sunday.' }),
        average: average('Mean of the daily averages on that weekday, or null.'),
        days: Type.Integer({ description: 'Days counted.' }),
      }),
      { description: 'All seven weekdays, Monday first.' },
    ),
    streaks: Type.Object(
      {
        current: Type.Integer({
          description:
            'Consecutive days with check-ins ending on "to" (or the day before, if "to" has none yet).',
        }),
        longest: Type.Integer({
          description: 'Longest run of consecutive days with check-ins in the range.',
        }),
      },
      { description: 'Streaks of days with at least one check-in.' },
    ),
    emotions: tagCounts('emotion'),
    activities: tagCounts('activity'),
    activity_effects: Type.Array(
      Type.Object({
        tag: Type.String({ description: 'The activity tag.' }),
        with_average: Type.Number({ description: 'Mean daily average on days with it.' }),
        with_days: Type.Integer({ description: 'Days with it (≥ 3).' }),
        without_average: Type.Number({
          description: 'Mean daily average on days with check-ins but without it.',
        }),
        without_days: Type.Integer({ description: 'Days without it (≥ 3).' }),
        difference: Type.Number({ description: 'with_average − without_average.' }),
      }),
      { description: 'Activities with at least 3 days on each side, largest difference first.' },
    ),
  },
  { description: 'Patterns in your check-ins over a range of days in your time zone.' },
);
