/**
 * The data-scale curve of issue #8: the feed's p50/p99 — first page and deep page (after 5,000
 * posts), by cursor and by limit/offset — at each seeded scale, same load, one server per scale.
 * Writes bench/results/curve-<db>-<time>.json and the chart docs/performance-feed-curve.svg.
 *
 *   npm run bench:curve -- [--db sqlite|postgres] [--scales S,M,L] [--duration 10] [--connections 50]
 *
 * Seed L first (it takes minutes; see README "Benchmarks"); a missing scale is seeded on first use.
 * `--chart-only <curve.json>` redraws the chart from a saved run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SCALES } from './lib/dataset.ts';
import { COMMON_OPTIONS, type LoadResult, measure } from './lib/load.ts';
import { describeMachine, type Machine, machine } from './lib/machine.ts';
import { prepare, SCENARIOS } from './lib/scenarios.ts';
import { seededCopy } from './lib/seeded.ts';
import { ROOT, startBenchServer } from './lib/server.ts';
import { lineChart } from './lib/svg.ts';

const FEED = ['feed-cursor', 'feed-cursor-deep', 'feed-offset', 'feed-offset-deep'];
const COLORS: Record<string, string> = {
  'feed-cursor': '#1f77b4',
  'feed-cursor-deep': '#2ca02c',
  'feed-offset': '#ff7f0e',
  'feed-offset-deep': '#d62728',
};

/** A saved curve run. */
interface Curve {
  date: string;
  machine: Machine;
  dialect: string;
  duration: number;
  connections: number;
  /** scale → scenario key → result. */
  points: Record<string, Record<string, LoadResult>>;
}

/** The chart of a curve run. */
export function curveChart(curve: Curve): string {
  const scales = Object.keys(curve.points);
  const xLabels = scales.map((s) => `${s} (${(SCALES[s]?.posts ?? 0).toLocaleString('en')} posts)`);
  const series = FEED.flatMap((key) => {
    const name = SCENARIOS.find((s) => s.key === key)?.name.replace('feed ', '') ?? key;
    const values = (p: 'p50' | 'p99') => scales.map((s) => curve.points[s]?.[key]?.[p] ?? null);
    const color = COLORS[key] ?? '#000';
    return [
      { name: `${name} p99`, color, values: values('p99') },
      { name: `${name} p50`, color, dashed: true, values: values('p50') },
    ];
  });
  return lineChart({
    title: `Feed latency by data scale (${curve.dialect}, ${curve.connections} connections)`,
    subtitle: `${curve.date.slice(0, 10)} · ${curve.machine.cores} × ${curve.machine.cpu} · load average ${curve.machine.loadAverage[0]} at start`,
    xLabels,
    yLabel: 'latency, ms (log scale)',
    series,
    logY: true,
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...COMMON_OPTIONS,
      scales: { type: 'string', default: 'S,M,L' },
      'chart-only': { type: 'string' },
    },
  });
  const svgPath = path.join(ROOT, 'docs/performance-feed-curve.svg');
  if (values['chart-only'] !== undefined) {
    writeFileSync(svgPath, curveChart(JSON.parse(readFileSync(values['chart-only'], 'utf8')) as Curve));
    process.stdout.write(`Wrote ${path.relative(ROOT, svgPath)}\n`);
    return;
  }
  const dialect = values.db === 'postgres' ? 'postgres' : 'sqlite';
  const settings = {
    warmup: Number(values.warmup),
    duration: Number(values.duration),
    connections: Number(values.connections),
  };
  const curve: Curve = {
    date: new Date().toISOString(),
    machine: machine(),
    dialect,
    duration: settings.duration,
    connections: settings.connections,
    points: {},
  };
  process.stderr.write(`${describeMachine(curve.machine)}\n`);
  for (const name of values.scales.split(',')) {
    const scale = SCALES[name.trim().toUpperCase()];
    if (scale === undefined) throw new Error(`Unknown scale "${name}" (S, M or L).`);
    const copy = await seededCopy({
      dialect,
      scale,
      seed: values.seed,
      adminUrl: process.env.BENCH_DATABASE_URL,
    });
    try {
      const server = await startBenchServer(copy.env, { dialect, workers: 1 });
      try {
        const fixtures = await prepare(server.url, 2, 0);
        const points: Record<string, LoadResult> = {};
        for (const s of SCENARIOS.filter((x) => FEED.includes(x.key))) {
          points[s.key] = await measure(server, s.name, s.options(fixtures), settings);
          process.stderr.write(
            `${scale.name} ${s.name}: p50 ${points[s.key]?.p50} ms, p99 ${points[s.key]?.p99} ms\n`,
          );
        }
        curve.points[scale.name] = points;
      } finally {
        await server.stop();
      }
    } finally {
      await copy.dispose();
    }
  }
  const stamp = curve.date.slice(0, 19).replaceAll(':', '-');
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const json = path.join(ROOT, 'bench/results', `curve-${dialect}-${stamp}.json`);
  writeFileSync(json, `${JSON.stringify(curve, null, 2)}\n`);
  writeFileSync(svgPath, curveChart(curve));
  const rows = Object.entries(curve.points).flatMap(([scale, points]) =>
    FEED.map(
      (k) =>
        `| ${scale} | ${points[k]?.name} | ${points[k]?.requestsPerSecond} | ${points[k]?.p50} | ${points[k]?.p99} |`,
    ),
  );
  process.stdout.write(
    ['| scale | scenario | req/s | p50 ms | p99 ms |', '|---|---|---:|---:|---:|', ...rows].join('\n') +
      `\n\nWrote ${path.relative(ROOT, json)} and ${path.relative(ROOT, svgPath)}\n`,
  );
}

if (import.meta.main) await main();
