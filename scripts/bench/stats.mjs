// Small statistics and formatting helpers shared by the benchmark sections.

/** The value below which p percent of the samples lie (nearest rank, so p100 is the maximum). */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median; the mean of the middle two for an even count. Medians, not means: one slow run on a busy machine
 *  (GC, another process) moves a mean a lot and a median not at all. */
export function median(samples) {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds with a sensible number of digits. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** Bytes per second as MB/s (10^6 bytes: the workloads are sized in decimal megabytes). */
export function mbps(bytesPerSecond) {
  return `${(bytesPerSecond / 1e6).toFixed(2)} MB/s`;
}

export function mb(bytes) {
  return `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 1 : 2)} MB`;
}

export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(1)}x` : 'n/a';
}

/** Times a synchronous function once, in milliseconds. */
export function timeOnce(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
