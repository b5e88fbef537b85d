/**
 * Horizontal bars: counts (how often each feeling or activity was tagged) from a left edge, or
 * differences that diverge around a zero line (negative to the left, positive to the right).
 */
import { useId } from 'react';
import { CHAR_WIDTH, clip, DataTable, type Datum, formatValue, useChartWidth } from './chart-parts.tsx';

const ROW = 28;
const VALUE = 52;

/** Props of {@link HorizontalBars}. */
export interface HorizontalBarsProps {
  /** Accessible name; the values are added to it. */
  title: string;
  /** One bar per item. */
  data: Datum[];
  /** Column heading of the numbers table. */
  unit?: string;
}

/** Horizontal bars; a zero line in the middle when any value is negative. */
export function HorizontalBars({ title, data, unit = 'Times' }: HorizontalBarsProps) {
  const id = useId();
  const { ref, width } = useChartWidth();
  const diverging = data.some((d) => (d.value ?? 0) < 0);
  const max = Math.max(1e-9, ...data.map((d) => Math.abs(d.value ?? 0)));
  const labelWidth = Math.min(140, Math.max(80, Math.round(width * 0.32)));
  const area = Math.max(40, width - labelWidth - VALUE);
  const zero = diverging ? labelWidth + area / 2 : labelWidth;
  const reach = diverging ? area / 2 : area;
  const height = data.length * ROW + 8;
  const format = (v: number | null) => formatValue(v, diverging);
  return (
    <figure>
      <div ref={ref}>
        <svg
          className="chart"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${id}-t`}
        >
          <title
            id={`${id}-t`}
          >{`${title}: ${data.map((d) => `${d.label} ${format(d.value)}`).join(', ')}`}</title>
          {diverging ? <line className="axis" x1={zero} x2={zero} y1={0} y2={height} /> : null}
          {data.map((d, i) => {
            const value = d.value ?? 0;
            const length = Math.round((Math.abs(value) / max) * reach);
            return (
              <g key={d.label} transform={`translate(0 ${i * ROW + 4})`}>
                <text x={labelWidth - 8} y={17} textAnchor="end">
                  {clip(d.label, Math.floor((labelWidth - 8) / CHAR_WIDTH))}
                </text>
                <rect
                  className={value < 0 ? 'bar bar--alt' : 'bar'}
                  x={value < 0 ? zero - length : zero}
                  y={4}
                  width={length}
                  height={18}
                  rx={4}
                />
                <text x={width - 4} y={17} textAnchor="end">
                  {d.value === null ? '' : format(d.value)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <DataTable caption={title} data={data} unit={unit} format={format} />
    </figure>
  );
}
