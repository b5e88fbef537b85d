/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per 5% otherwise (a log file
 * of a background run stays readable).
 */

/** Formats seconds as `12.3 s` or `4 min 05 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** Progress of one phase of `total` units. */
export class Progress {
  readonly #label: string;
  readonly #total: number;
  readonly #started = performance.now();
  readonly #from: number;
  #lastStep = -1;

  /** @param done units already done (a resumed phase), counted as done but not in the rate. */
  constructor(label: string, total: number, done = 0) {
    this.#label = label;
    this.#total = Math.max(1, total);
    this.#from = done;
    this.update(done);
  }

  /** Seconds since the phase started. */
  get seconds(): number {
    return (performance.now() - this.#started) / 1000;
  }

  /** Reports `done` units done. */
  update(done: number): void {
    const fraction = Math.min(1, done / this.#total);
    const rate = (done - this.#from) / Math.max(this.seconds, 1e-3);
    const eta = rate > 0 ? (this.#total - done) / rate : 0;
    const bar = `${'#'.repeat(Math.round(fraction * 30))}${'.'.repeat(30 - Math.round(fraction * 30))}`;
    const line =
      `${this.#label.padEnd(9)} [${bar}] ${(100 * fraction).toFixed(0).padStart(3)}% ` +
      `${done.toLocaleString('en')}/${this.#total.toLocaleString('en')}  ${formatSeconds(this.seconds)}` +
      (done < this.#total && rate > 0 ? `  ETA ${formatSeconds(eta)}` : '');
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}\x1b[K`);
      return;
    }
    const step = Math.floor(fraction * 20);
    if (step === this.#lastStep) return;
    this.#lastStep = step;
    process.stderr.write(`${line}\n`);
  }

  /** Ends the phase (a newline after an in-place bar). */
  finish(): void {
    this.update(this.#total);
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
}
