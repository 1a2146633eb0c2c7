/** A writable stream that keeps what a command writes to it (stdout/stderr of a CLI run in a test). */
import { Writable } from 'node:stream';

export function opvang(): Writable & { tekst(): string } {
  const delen: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      delen.push(Buffer.from(chunk));
      cb();
    },
  });
  return Object.assign(w, { tekst: () => Buffer.concat(delen).toString('utf8') });
}
