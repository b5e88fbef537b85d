/**
 * Drives load with autocannon and reduces its result to the figures the reports use.
 */
import autocannon from 'autocannon';

/** One scenario's figures. */
export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  rssMiB?: number;
  /** Throughput as a share of the ceiling server measured in the same run, where one applies. */
  vsCeiling?: number;
}

/** Options passed through to autocannon (see its README). */
export type LoadOptions = autocannon.Options;

/** Runs one autocannon scenario. */
export async function load(name: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({ connections: 20, duration: 10, ...options });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** A markdown table of results. */
export function markdownTable(results: LoadResult[]): string {
  const header = '| scenario | req/s | p50 ms | p90 ms | p99 ms | errors | non-2xx | RSS MiB | vs ceiling |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map((r) => {
    const ratio = r.vsCeiling === undefined ? '' : `${Math.round(100 * r.vsCeiling)}%`;
    return `| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.rssMiB ?? ''} | ${ratio} |`;
  });
  return [header, rule, ...rows].join('\n');
}
