/**
 * Pieces every chart shares: the measured width (charts are drawn in CSS pixels, so text keeps
 * one legible size from a 320 px phone to a wide desktop), tick thinning and the numbers table.
 */
import { useEffect, useRef, useState } from 'react';

/** One point or bar. */
export interface Datum {
  /** Axis label. */
  label: string;
  /** Value, or null for "no data". */
  value: number | null;
}

/** Width used before the first measurement (and where `ResizeObserver` is missing). */
const FALLBACK_WIDTH = 600;

/** Average width of one character of 13 px chart text, in pixels. */
export const CHAR_WIDTH = 7.5;

/** A ref for the chart's box and its current width in CSS pixels. */
export function useChartWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Every how many items an x label fits in `plotWidth` pixels, for labels like `labels`. */
export function labelEvery(labels: string[], plotWidth: number): number {
  const count = labels.length;
  const slot = Math.max(1, ...labels.map((l) => l.length)) * CHAR_WIDTH + 14;
  const fits = Math.max(1, Math.floor(plotWidth / slot));
  return Math.max(1, Math.ceil(count / fits));
}

/** Shortens a label to about `max` characters with an ellipsis. */
export function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1))}…`;
}

/** A number as the tables and bar ends show it; `signed` adds "+" to positive values. */
export function formatValue(value: number | null, signed = false): string {
  if (value === null) return '—';
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return signed && value > 0 ? `+${text}` : text;
}

/** The chart's numbers as a table under "Show the numbers". */
export function DataTable({
  caption,
  data,
  unit,
  format = (v) => formatValue(v),
}: {
  caption: string;
  data: Datum[];
  unit: string;
  format?: (value: number | null) => string;
}) {
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
              <td>{format(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
