/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, one line per step otherwise
 * (CI logs), so stdout keeps only the results table.
 */
export class Progress {
  private done = 0;
  private readonly tty = process.stderr.isTTY === true;
  private readonly startedAt = performance.now();

  constructor(private readonly total: number) {}

  /** Announces the step being started. */
  step(label: string): void {
    this.draw(label);
  }

  /** Marks one step finished. */
  tick(label: string): void {
    this.done = Math.min(this.total, this.done + 1);
    this.draw(label);
  }

  /** A line of detail that stays visible above the bar. */
  log(line: string): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`${line}\n`);
  }

  finish(): void {
    if (this.tty) process.stderr.write('\n');
  }

  private draw(label: string): void {
    const width = 28;
    const filled = Math.round((this.done / this.total) * width);
    const seconds = ((performance.now() - this.startedAt) / 1000).toFixed(0);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${seconds}s ${label}`;
    if (this.tty)
      process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 100) - 1)}`);
    else process.stderr.write(`${line}\n`);
  }
}
