/** Progress of a long extraction on stderr: one line rewritten in place on a terminal, a line per tenth in a log. */
import { describeProgress } from '../../shared/extract/progress';

export class ProgressLine {
  private documents = 0;
  private bytes = 0;
  private lastTenth = -1;
  private readonly started = performance.now();

  constructor(
    private readonly totalDocuments: number,
    private readonly totalBytes: number,
  ) {}

  /** Counts one more document of `bytes` bytes done. */
  advance(bytes: number): void {
    this.documents++;
    this.bytes += bytes;
    const done = this.documents === this.totalDocuments;
    const tenth = Math.floor((this.documents / this.totalDocuments) * 10);
    if (!process.stderr.isTTY && tenth <= this.lastTenth) return;
    this.lastTenth = tenth;
    const figures = describeProgress({ documents: this.documents, totalDocuments: this.totalDocuments, bytes: this.bytes, totalBytes: this.totalBytes, elapsedMs: performance.now() - this.started });
    const line = `extracting ${(this.totalBytes / 1048576).toFixed(1)} MB: ${figures}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}\x1b[K${done ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  }

  /** Ends a line left open on a terminal (the run stopped before the last document). */
  close(): void {
    if (process.stderr.isTTY && this.documents > 0 && this.documents < this.totalDocuments) process.stderr.write('\n');
  }
}
