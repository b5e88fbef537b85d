/** Insights from the journal: mood over time, by weekday, streaks, feelings, activities and their effect. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useInsights } from '../api/journal.ts';
import { BarChart, HorizontalBars, LineChart } from '../components/charts.tsx';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { SelectField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { everyDay, moodName } from '../lib/format.ts';

const dayLabel = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** The insights page. */
export function InsightsPage() {
  const [days, setDays] = useState(30);
  const insights = useInsights(days);
  const data = insights.data;
  return (
    <>
      <PageTitle>Your insights</PageTitle>
      <SelectField label="Period" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
        <option value="7">Last 7 days</option>
        <option value="30">Last 30 days</option>
        <option value="90">Last 90 days</option>
      </SelectField>
      {insights.isPending ? <Loading label="Working out your insights…" /> : null}
      {insights.isError ? <ErrorMessage error={insights.error} onRetry={() => insights.refetch()} /> : null}
      {data && data.checkins === 0 ? (
        <Empty title="No check-ins in this period">
          <p>
            <Link to="/journal">Check in</Link> on a few days and patterns will start to show here.
          </p>
        </Empty>
      ) : null}
      {data && data.checkins > 0 ? (
        <>
          <div className="grid-2">
            <div className="card">
              <div className="stat">{data.streaks.current}</div>
              <div>day streak (longest {data.streaks.longest})</div>
            </div>
            <div className="card">
              <div className="stat">{data.average === null ? '—' : data.average.toFixed(1)}</div>
              <div>
                average mood
                {data.average !== null ? ` (${moodName(Math.round(data.average)).toLowerCase()})` : ''} over{' '}
                {data.checkins} check-ins
              </div>
            </div>
          </div>
          <section className="card" aria-labelledby="over-time">
            <h2 id="over-time">Mood over time</h2>
            <LineChart
              title="Average mood by day"
              summary={`Daily average mood on ${data.daily.length} days, from ${dayLabel(data.from)} to ${dayLabel(data.to)}; days without a check-in are gaps in the line.`}
              data={everyDay(data.from, data.to).map((date) => ({
                label: dayLabel(date),
                value: data.daily.find((d) => d.date === date)?.average ?? null,
              }))}
              tickLabel={moodName}
            />
          </section>
          <section className="card" aria-labelledby="by-weekday">
            <h2 id="by-weekday">By day of the week</h2>
            <BarChart
              title="Average mood by weekday"
              summary={data.by_weekday
                .filter((w) => w.average !== null)
                .map((w) => `${w.name} ${w.average?.toFixed(1)}`)
                .join(', ')}
              data={data.by_weekday.map((w) => ({
                label: `${w.name.charAt(0).toUpperCase()}${w.name.slice(1, 3)}`,
                value: w.average,
              }))}
              tickLabel={moodName}
            />
          </section>
          <div className="grid-2">
            <section className="card" aria-labelledby="feelings">
              <h2 id="feelings">Feelings</h2>
              {data.emotions.length === 0 ? (
                <p className="muted">No feelings tagged yet.</p>
              ) : (
                <HorizontalBars
                  title="How often each feeling was tagged"
                  data={data.emotions
                    .slice(0, 8)
                    .map((t) => ({ label: t.tag.replace(/_/g, ' '), value: t.count }))}
                />
              )}
            </section>
            <section className="card" aria-labelledby="activities">
              <h2 id="activities">Activities</h2>
              {data.activities.length === 0 ? (
                <p className="muted">No activities tagged yet.</p>
              ) : (
                <HorizontalBars
                  title="How often each activity was tagged"
                  data={data.activities
                    .slice(0, 8)
                    .map((t) => ({ label: t.tag.replace(/_/g, ' '), value: t.count }))}
                />
              )}
            </section>
          </div>
          {data.activity_effects.length > 0 ? (
            <section className="card" aria-labelledby="effects">
              <h2 id="effects">What seems to help</h2>
              <p className="muted small">
                Average mood on days with an activity minus days without it. Patterns, not proof — be gentle
                with yourself.
              </p>
              <HorizontalBars
                title="Mood difference on days with each activity"
                unit="Difference"
                data={data.activity_effects
                  .slice(0, 8)
                  .map((e) => ({ label: e.tag.replace(/_/g, ' '), value: e.difference }))}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
