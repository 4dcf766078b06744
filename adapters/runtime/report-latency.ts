/**
 * How long answers took, for the report: percentiles, and counts in fixed buckets so the
 * chart reads the same from one report to the next.
 */

export interface LatencyBucket {
  label: string;
  fromMs: number;
  /** Exclusive; null for the open last bucket. */
  toMs: number | null;
  count: number;
}

export interface LatencyFigures {
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  buckets: LatencyBucket[];
}

const EDGES = [0, 5, 10, 25, 50, 100, 250, 1000];

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]! : null);
const ms = (v: number) => (v < 1000 ? `${v} ms` : `${v / 1000} s`);
const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** The figures for these latencies, in milliseconds. */
export function latencyFigures(latencies: number[]): LatencyFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const buckets = EDGES.map((fromMs, i) => {
    const toMs = EDGES[i + 1] ?? null;
    const label = toMs === null ? `≥ ${ms(fromMs)}` : fromMs === 0 ? `< ${ms(toMs)}` : `${fromMs}–${ms(toMs)}`;
    return { label, fromMs, toMs, count: sorted.filter((v) => v >= fromMs && (toMs === null || v < toMs)).length };
  });
  return { p50: round(percentile(sorted, 50)), p90: round(percentile(sorted, 90)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? null), buckets };
}
