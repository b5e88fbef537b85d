/**
 * Small SVG charts (no chart library: tiny, bundled, styled by CSS for light and dark mode).
 * Each chart is an image with a text alternative, and the same numbers are in a table below it.
 */
import { useId } from 'react';

/** One point or bar. */
export interface Datum {
  /** Axis label. */
  label: string;
  /** Value, or null for "no data". */
  value: number | null;
}

const W = 600;
const H = 220;
const PAD = { left: 34, right: 28, top: 12, bottom: 30 };

function yOf(value: number, min: number, max: number): number {
  return PAD.top + (1 - (value - min) / (max - min)) * (H - PAD.top - PAD.bottom);
}

function DataTable({ caption, data, unit }: { caption: string; data: Datum[]; unit: string }) {
  return (
    <details>
      <summary>Show the numbers</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <td>{d.label}</td>
              <td>{d.value === null ? '—' : Number.isInteger(d.value) ? d.value : d.value.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function YAxis({ min, max, ticks }: { min: number; max: number; ticks: number[] }) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line
            className="axis"
            x1={PAD.left}
            x2={W - PAD.right}
            y1={yOf(t, min, max)}
            y2={yOf(t, min, max)}
            strokeDasharray="2 4"
          />
          <text x={PAD.left - 8} y={yOf(t, min, max) + 4} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A line of values over time (mood 1–5 by day). */
export function LineChart({
  title,
  summary,
  data,
  min = 1,
  max = 5,
}: {
  title: string;
  summary: string;
  data: Datum[];
  min?: number;
  max?: number;
}) {
  const id = useId();
  const step = data.length > 1 ? (W - PAD.left - PAD.right) / (data.length - 1) : 0;
  const points = data
    .map((d, i) => (d.value === null ? null : { x: PAD.left + i * step, y: yOf(d.value, min, max), d }))
    .filter((p): p is { x: number; y: number; d: Datum } => p !== null);
  const every = Math.max(1, Math.ceil(data.length / 7));
  return (
    <figure>
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        <YAxis min={min} max={max} ticks={[1, 2, 3, 4, 5].filter((t) => t >= min && t <= max)} />
        {points.length > 1 ? (
          <polyline className="line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        ) : null}
        {points.map((p) => (
          <circle key={p.d.label} className="dot" cx={p.x} cy={p.y} r={4} />
        ))}
        {data.map((d, i) =>
          i % every === 0 ? (
            <text key={d.label} x={PAD.left + i * step} y={H - 8} textAnchor="middle">
              {d.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="visually-hidden">{summary}</figcaption>
      <DataTable caption={title} data={data} unit="Average mood" />
    </figure>
  );
}

/** Vertical bars (average mood by weekday; counts per day with `unit` and `ticks`). */
export function BarChart({
  title,
  summary,
  data,
  min = 0,
  max = 5,
  ticks = [1, 2, 3, 4, 5],
  unit = 'Average mood',
}: {
  title: string;
  summary: string;
  data: Datum[];
  min?: number;
  max?: number;
  /** Values with a grid line. */
  ticks?: number[];
  /** Column heading of the numbers table. */
  unit?: string;
}) {
  const id = useId();
  const slot = (W - PAD.left - PAD.right) / Math.max(1, data.length);
  return (
    <figure>
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        <YAxis min={min} max={max} ticks={ticks} />
        {data.map((d, i) => {
          const x = PAD.left + i * slot + slot * 0.2;
          const y = d.value === null ? yOf(min, min, max) : yOf(d.value, min, max);
          return (
            <g key={d.label}>
              <rect
                className="bar"
                x={x}
                y={y}
                width={slot * 0.6}
                height={Math.max(0, yOf(min, min, max) - y)}
                rx={4}
              />
              <text x={x + slot * 0.3} y={H - 8} textAnchor="middle">
                {d.label}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable caption={title} data={data} unit={unit} />
    </figure>
  );
}

/** Horizontal bars for counts (how often each feeling or activity was tagged). */
export function HorizontalBars({
  title,
  data,
  unit = 'Times',
}: {
  title: string;
  data: Datum[];
  unit?: string;
}) {
  const id = useId();
  const max = Math.max(1, ...data.map((d) => Math.abs(d.value ?? 0)));
  const row = 26;
  const height = data.length * row + 8;
  const label = 110;
  const width = 340;
  return (
    <figure>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t`}>
        <title id={`${id}-t`}>{`${title}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`}</title>
        {data.map((d, i) => {
          const bar = ((Math.abs(d.value ?? 0) / max) * (width - label - 50)) | 0;
          return (
            <g key={d.label} transform={`translate(0 ${i * row + 4})`}>
              <text x={label - 8} y={16} textAnchor="end">
                {d.label}
              </text>
              <rect
                className={(d.value ?? 0) < 0 ? 'bar bar--alt' : 'bar'}
                x={label}
                y={4}
                width={bar}
                height={16}
                rx={4}
              />
              <text x={label + bar + 6} y={16}>
                {d.value === null
                  ? ''
                  : Number.isInteger(d.value)
                    ? d.value
                    : `${d.value > 0 ? '+' : ''}${d.value.toFixed(2)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable caption={title} data={data} unit={unit} />
    </figure>
  );
}
