/**
 * A one-line progress indicator on a terminal (stderr), redrawn at most ten times a second; silent
 * when stderr is not a TTY, so logs and pipes stay clean.
 */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(private readonly stream: NodeJS.WritableStream & { isTTY?: boolean }) {}

  tick(done: number, failed: number): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r\x1b[K  ${done} berichten gecontroleerd, ${failed} afgekeurd …`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
    }
  }
}
