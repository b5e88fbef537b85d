/**
 * Small SVG charts (no chart library: tiny, bundled, styled by CSS for light and dark mode).
 * Each chart is drawn at its real width in CSS pixels, so its 13 px text stays 13 px on any
 * screen; it is an image with a text alternative, and the same numbers are in a table below.
 */
import { type ReactNode, useId } from 'react';
import { CHAR_WIDTH, clip, DataTable, type Datum, labelEvery, useChartWidth } from './chart-parts.tsx';

export type { Datum } from './chart-parts.tsx';
export { HorizontalBars } from './HorizontalBars.tsx';

const H = 220;
const TOP = 12;
const BOTTOM = 30;
const RIGHT = 16;

/** Shared props of the line and bar charts. */
interface AxisProps {
  /** Accessible name of the image (and visible caption with `showTitle`). */
  title: string;
  /** Text alternative: what the chart shows. */
  summary: string;
  /** The points or bars, in order. */
  data: Datum[];
  /** Bottom of the value axis. */
  min?: number;
  /** Top of the value axis. */
  max?: number;
  /** Values with a grid line. */
  ticks?: number[];
  /** Label of a grid line (e.g. a mood's name); default the number. */
  tickLabel?: (value: number) => string;
  /** Column heading of the numbers table. */
  unit?: string;
  /** Show `title` as a visible caption above the chart. */
  showTitle?: boolean;
}

function leftPad(ticks: number[], tickLabel: (value: number) => string): number {
  const longest = Math.max(1, ...ticks.map((t) => tickLabel(t).length));
  return Math.min(90, 16 + longest * CHAR_WIDTH);
}

function Frame({
  title,
  summary,
  showTitle,
  table,
  width,
  boxRef,
  children,
}: {
  title: string;
  summary: string;
  showTitle: boolean;
  table: ReactNode;
  width: number;
  boxRef: React.Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure>
      {showTitle ? <figcaption className="chart__title">{title}</figcaption> : null}
      <div ref={boxRef}>
        <svg
          className="chart"
          width={width}
          height={H}
          viewBox={`0 0 ${width} ${H}`}
          role="img"
          aria-labelledby={`${id}-t ${id}-d`}
        >
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{summary}</desc>
          {children}
        </svg>
      </div>
      {table}
    </figure>
  );
}

function YAxis({
  left,
  width,
  y,
  ticks,
  tickLabel,
}: {
  left: number;
  width: number;
  y: (v: number) => number;
  ticks: number[];
  tickLabel: (value: number) => string;
}) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line className="axis" x1={left} x2={width - RIGHT} y1={y(t)} y2={y(t)} strokeDasharray="2 4" />
          <text x={left - 8} y={y(t) + 4} textAnchor="end">
            {tickLabel(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

function scaleY(min: number, max: number) {
  return (v: number) => TOP + (1 - (v - min) / (max - min)) * (H - TOP - BOTTOM);
}

/** Runs of consecutive points with a value: the line breaks where a day has no data. */
function runs<T>(items: (T | null)[]): T[][] {
  const out: T[][] = [[]];
  for (const item of items) {
    if (item === null) {
      if ((out.at(-1) ?? []).length > 0) out.push([]);
    } else out.at(-1)?.push(item);
  }
  return out.filter((run) => run.length > 0);
}

/** Edge labels are anchored inwards so they are never cut off at the sides. */
function anchor(i: number, count: number): 'start' | 'middle' | 'end' {
  if (count > 1 && i === count - 1) return 'end';
  if (count > 2 && i === 0) return 'start';
  return 'middle';
}

/** A line of values over time (mood 1–5 by day); days without data leave a gap. */
export function LineChart({
  title,
  summary,
  data,
  min = 1,
  max = 5,
  ticks = [1, 2, 3, 4, 5],
  tickLabel = String,
  unit = 'Average mood',
  showTitle = false,
}: AxisProps) {
  const { ref, width } = useChartWidth();
  const left = leftPad(ticks, tickLabel);
  const y = scaleY(min, max);
  const step = data.length > 1 ? (width - left - RIGHT) / (data.length - 1) : 0;
  const xOf = (i: number) => (data.length > 1 ? left + i * step : left + (width - left - RIGHT) / 2);
  const points = data.map((d, i) => (d.value === null ? null : { x: xOf(i), y: y(d.value), d }));
  const every = labelEvery(
    data.map((d) => d.label),
    width - left - RIGHT,
  );
  return (
    <Frame
      title={title}
      summary={summary}
      showTitle={showTitle}
      width={width}
      boxRef={ref}
      table={<DataTable caption={title} data={data} unit={unit} />}
    >
      <YAxis left={left} width={width} y={y} ticks={ticks} tickLabel={tickLabel} />
      {runs(points).map((run) =>
        run.length > 1 ? (
          <polyline
            key={run[0]?.d.label}
            className="line"
            points={run.map((p) => `${p.x},${p.y}`).join(' ')}
          />
        ) : null,
      )}
      {points.map((p) => (p ? <circle key={p.d.label} className="dot" cx={p.x} cy={p.y} r={4} /> : null))}
      {data.map((d, i) =>
        (data.length - 1 - i) % every === 0 ? (
          <text key={d.label} x={xOf(i)} y={H - 8} textAnchor={anchor(i, data.length)}>
            {d.label}
          </text>
        ) : null,
      )}
    </Frame>
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
  tickLabel = String,
  unit = 'Average mood',
  showTitle = false,
}: AxisProps) {
  const { ref, width } = useChartWidth();
  const left = leftPad(ticks, tickLabel);
  const y = scaleY(min, max);
  const slot = (width - left - RIGHT) / Math.max(1, data.length);
  const every = labelEvery(
    data.map((d) => d.label),
    width - left - RIGHT,
  );
  const maxChars = Math.max(3, Math.floor((slot * every) / CHAR_WIDTH));
  return (
    <Frame
      title={title}
      summary={summary}
      showTitle={showTitle}
      width={width}
      boxRef={ref}
      table={<DataTable caption={title} data={data} unit={unit} />}
    >
      <YAxis left={left} width={width} y={y} ticks={ticks} tickLabel={tickLabel} />
      {data.map((d, i) => {
        const x = left + i * slot + slot * 0.2;
        const top = d.value === null ? y(min) : y(d.value);
        return (
          <g key={d.label}>
            {d.value === null ? null : (
              <rect
                className="bar"
                x={x}
                y={top}
                width={slot * 0.6}
                height={Math.max(0, y(min) - top)}
                rx={4}
              />
            )}
            {(data.length - 1 - i) % every === 0 ? (
              <text x={x + slot * 0.3} y={H - 8} textAnchor="middle">
                {clip(d.label, maxChars)}
              </text>
            ) : null}
          </g>
        );
      })}
    </Frame>
  );
}
