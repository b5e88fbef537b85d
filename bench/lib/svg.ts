/** A dependency-free SVG line chart (categorical x axis, linear or logarithmic y axis). */

/** One line of the chart. */
export interface Series {
  name: string;
  color: string;
  /** Dashed line (e.g. the p50 beside a solid p99). */
  dashed?: boolean;
  /** One value per x label (null: no point). */
  values: (number | null)[];
}

/** What to draw. */
export interface ChartSpec {
  title: string;
  subtitle?: string;
  xLabels: string[];
  yLabel: string;
  series: Series[];
  logY?: boolean;
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function ticks(min: number, max: number, log: boolean): number[] {
  if (log) {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
      for (const m of [1, 2, 5]) out.push(m * 10 ** e);
    return out.filter((t) => t >= min / 1.01 && t <= max * 1.01);
  }
  const step = 10 ** Math.floor(Math.log10(max / 5 || 1));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => max / s <= 8) ?? step * 10;
  const out: number[] = [];
  for (let t = 0; t <= max * 1.0001; t += nice) out.push(t);
  return out;
}

/** Renders the chart as an SVG document. */
export function lineChart(spec: ChartSpec): string {
  const width = 920;
  const height = 440;
  const left = 70;
  const right = 300;
  const top = 60;
  const bottom = 60;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null && v > 0));
  const log = spec.logY === true;
  let min = log ? Math.min(...all) : 0;
  let max = Math.max(...all, 1);
  if (log) {
    min = 10 ** Math.floor(Math.log10(min || 1));
    max = 10 ** Math.ceil(Math.log10(max));
  } else max *= 1.1;
  const y = (v: number) =>
    top +
    plotH -
    (log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : v / max) * plotH;
  const x = (i: number) =>
    left + (spec.xLabels.length === 1 ? plotW / 2 : (i * plotW) / (spec.xLabels.length - 1));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="24" font-size="16" font-weight="bold">${escapeXml(spec.title)}</text>`,
  ];
  if (spec.subtitle !== undefined)
    out.push(`<text x="${left}" y="42" fill="#555">${escapeXml(spec.subtitle)}</text>`);
  for (const t of ticks(min, max, log)) {
    out.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e5e5e5"/>`,
      `<text x="${left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" fill="#333">${t}</text>`,
    );
  }
  out.push(
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333"/>`,
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333"/>`,
    `<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`,
  );
  spec.xLabels.forEach((label, i) => {
    out.push(
      `<text x="${x(i).toFixed(1)}" y="${top + plotH + 20}" text-anchor="middle">${escapeXml(label)}</text>`,
    );
  });
  spec.series.forEach((s, k) => {
    const points = s.values
      .map((v, i) => (v === null || v <= 0 ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null);
    const dash = s.dashed === true ? ' stroke-dasharray="6 4"' : '';
    out.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2"${dash} points="${points.join(' ')}"/>`,
    );
    for (const p of points) {
      const [px, py] = p.split(',');
      out.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${s.color}"/>`);
    }
    const ly = top + 10 + k * 22;
    out.push(
      `<line x1="${left + plotW + 20}" x2="${left + plotW + 50}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      `<text x="${left + plotW + 56}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
