/**
 * Issue #20's target table: each figure per dialect, measured in the run, against its target
 * (✓/✗). Throughput is a ratio to the ceiling server measured with the same load generator in
 * the same run; the offset feed page is a ratio to the cursor page of the same run.
 */
import type { LoginBurst } from './burst.ts';
import type { LoadResult } from './load.ts';
import type { Startup } from './startup.ts';

export type Dialect = 'sqlite' | 'postgres';

/** What one dialect's run measured. */
export interface DialectFigures {
  dialect: Dialect;
  /** Scenario results by key. */
  byKey: Record<string, LoadResult>;
  /** RSS of the largest server process right after start and at its peak over the run, in MB. */
  rssIdleMB?: number;
  rssPeakMB?: number;
  startup?: Startup;
  burst?: LoginBurst;
}

interface Target {
  at: 'least' | 'most';
  value: number;
}

interface Row {
  name: string;
  targets: Record<Dialect, Target>;
  /** The measured figure, or undefined when the run did not measure it. */
  measured(d: DialectFigures): number | undefined;
  format(value: number): string;
}

const least = (sqlite: number, postgres: number): Record<Dialect, Target> => ({
  sqlite: { at: 'least', value: sqlite },
  postgres: { at: 'least', value: postgres },
});
const most = (value: number): Record<Dialect, Target> => ({
  sqlite: { at: 'most', value },
  postgres: { at: 'most', value },
});
const ratio = (value: number) => value.toFixed(2);
const vsCeiling = (key: string) => (d: DialectFigures) => d.byKey[key]?.vsCeiling;

function rows(scale: string): Row[] {
  const toCeiling = (name: string, key: string, sqlite: number, postgres: number): Row => ({
    name,
    targets: least(sqlite, postgres),
    measured: vsCeiling(key),
    format: ratio,
  });
  return [
    toCeiling('`GET /api/user/{id}/` ÷ small-body ceiling', 'user-detail', 0.8, 0.5),
    toCeiling('`GET /api/auth/user/` ÷ small-body ceiling', 'auth-user', 0.8, 0.5),
    toCeiling('feed first page, cursor ÷ large-body ceiling', 'feed-cursor', 0.45, 0.3),
    {
      name: `feed first page, limit/offset ÷ cursor page (scale ${scale})`,
      targets: least(0.8, 0.8),
      measured: (d) => {
        const offset = d.byKey['feed-offset'];
        const cursor = d.byKey['feed-cursor'];
        return offset && cursor && offset.requestsPerSecond / Math.max(1, cursor.requestsPerSecond);
      },
      format: ratio,
    },
    toCeiling('post detail + comments ÷ large-body ceiling', 'post-comments', 0.4, 0.25),
    toCeiling('check-in list ÷ large-body ceiling', 'checkins', 0.4, 0.25),
    toCeiling('create post ÷ small-body ceiling', 'create-post', 0.4, 0.2),
    toCeiling('like ÷ small-body ceiling', 'like', 0.4, 0.2),
    toCeiling('refresh (rotating) ÷ small-body ceiling', 'refresh', 0.4, 0.2),
    {
      name: 'RSS of one process, idle right after start',
      targets: most(120),
      measured: (d) => d.rssIdleMB,
      format: (mb) => `${Math.round(mb)} MB`,
    },
    {
      name: 'RSS of one process, peak over the whole run',
      targets: most(250),
      measured: (d) => d.rssPeakMB,
      format: (mb) => `${Math.round(mb)} MB`,
    },
    {
      name: 'start-up, `serve` to listening (migrated DB, median)',
      targets: most(1),
      measured: (d) => d.startup && d.startup.listeningMs / 1000,
      format: (s) => `${s.toFixed(2)} s`,
    },
    {
      name: '`GET /api/user/{id}/` p99 during a login burst ÷ alone',
      targets: most(3),
      measured: (d) => d.burst?.ratio,
      format: (x) => `${x.toFixed(1)}×`,
    },
  ];
}

const describe = (row: Row, t: Target) => `${t.at === 'least' ? '≥' : '≤'} ${row.format(t.value)}`;
const passes = (t: Target, value: number) => (t.at === 'least' ? value >= t.value : value <= t.value);

/** One row of the table as data (for the JSON report). */
export interface TargetRow {
  name: string;
  cells: Partial<Record<Dialect, { target: string; value?: number; text: string; pass?: boolean }>>;
}

/** The target table's rows for the dialects measured. */
export function targetRows(figures: DialectFigures[], scale: string): TargetRow[] {
  return rows(scale).map((row) => {
    const cells: TargetRow['cells'] = {};
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const target = row.targets[dialect];
      const d = figures.find((x) => x.dialect === dialect);
      const value = d && row.measured(d);
      cells[dialect] =
        value === undefined || !Number.isFinite(value)
          ? { target: describe(row, target), text: '—' }
          : {
              target: describe(row, target),
              value,
              text: `${row.format(value)} ${passes(target, value) ? '✓' : '✗'}`,
              pass: passes(target, value),
            };
    }
    return { name: row.name, cells };
  });
}

/** The target table as markdown: `| scenario | target SQLite | SQLite | target PostgreSQL | PostgreSQL |`. */
export function targetTable(rowsOut: TargetRow[]): string {
  const lines = rowsOut.map(
    (r) =>
      `| ${r.name} | ${r.cells.sqlite?.target ?? ''} | ${r.cells.sqlite?.text ?? '—'} | ${r.cells.postgres?.target ?? ''} | ${r.cells.postgres?.text ?? '—'} |`,
  );
  return [
    '| scenario | target SQLite | SQLite | target PostgreSQL | PostgreSQL |',
    '|---|---:|---:|---:|---:|',
    ...lines,
  ].join('\n');
}
