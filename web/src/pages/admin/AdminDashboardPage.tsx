/** The admin dashboard: user numbers, activity per day (small charts with tables), reports and mail. */
import { useState } from 'react';
import { useDashboard } from '../../api/admin.ts';
import { BarChart } from '../../components/charts.tsx';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';

function series(days: { date: string; count: number }[]) {
  return days.map((d) => ({ label: d.date.slice(5), value: d.count }));
}

/** Chart props for a count series: a rounded top and four grid lines. */
function scale(days: { count: number }[], unit: string) {
  const top = Math.max(4, ...days.map((d) => d.count));
  const step = Math.ceil(top / 4);
  return { max: step * 4, ticks: [step, step * 2, step * 3, step * 4], unit };
}

/** The dashboard page. */
export function AdminDashboardPage() {
  const [days, setDays] = useState(14);
  const query = useDashboard(days);
  const data = query.data;
  return (
    <>
      <PageTitle>Admin dashboard</PageTitle>
      <SelectField label="Period" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
        <option value="7">Last 7 days</option>
        <option value="14">Last 14 days</option>
        <option value="30">Last 30 days</option>
      </SelectField>
      {query.isPending ? <Loading label="Loading numbers…" /> : null}
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => query.refetch()} /> : null}
      {data ? (
        <>
          <h2>At a glance</h2>
          <ul className="admin-tiles">
            {(
              [
                ['Users', data.users.total],
                ['Active accounts', data.users.active],
                ['New this week', data.users.new_this_week],
                ['Logged in this week', data.users.logged_in_this_week],
                ['Open reports', data.open_reports],
                ['Mail backlog', data.outbox.backlog],
                ['Failed mail', data.outbox.failed],
              ] as const
            ).map(([label, value]) => (
              <li key={label}>
                <div className="stat">{value}</div>
                <div className="muted">{label}</div>
              </li>
            ))}
          </ul>
          <h2>Activity per day</h2>
          <BarChart
            title="Posts per day"
            summary={`${data.posts_per_day.reduce((a, d) => a + d.count, 0)} posts in ${days} days.`}
            data={series(data.posts_per_day)}
            {...scale(data.posts_per_day, 'Posts')}
            showTitle
          />
          <BarChart
            title="Comments per day"
            summary={`${data.comments_per_day.reduce((a, d) => a + d.count, 0)} comments in ${days} days.`}
            data={series(data.comments_per_day)}
            {...scale(data.comments_per_day, 'Comments')}
            showTitle
          />
          <BarChart
            title="Failed logins per day"
            summary={`${data.failed_logins_per_day.reduce((a, d) => a + d.count, 0)} failed logins in ${days} days.`}
            data={series(data.failed_logins_per_day)}
            {...scale(data.failed_logins_per_day, 'Failed logins')}
            showTitle
          />
        </>
      ) : null}
    </>
  );
}
