/**
 * Reading a stream up to a limit, and never further into memory: above the limit the bytes read so
 * far are dropped. The stream is then either left paused (a request body: the caller answers 413
 * and closes the connection) or drained without keeping anything (a part of a multipart request,
 * so the parts after it can still be read).
 */
import type { Readable } from 'node:stream';

export type Begrensd =
  | { readonly ok: true; readonly bytes: Buffer }
  | {
      readonly ok: false;
      /** Bytes seen before stopping (at least the limit + 1). */
      readonly gezien: number;
      /** The first bytes (up to `opts.begin`), to say something about what was refused. */
      readonly begin: Buffer;
    };

export function leesBegrensd(stream: Readable, limiet: number, opts: { afvoeren?: boolean; begin?: number } = {}): Promise<Begrensd> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    let begin: Buffer = Buffer.alloc(0);
    let teGroot = false;
    const klaar = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onData = (chunk: Buffer | string) => {
      const c = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      n += c.length;
      if (teGroot) return;
      if (n > limiet) {
        teGroot = true;
        chunks.push(c);
        begin = beginVan(chunks, opts.begin ?? 0);
        chunks.length = 0;
        if (!opts.afvoeren) {
          klaar();
          stream.pause();
          resolve({ ok: false, gezien: n, begin });
        }
        return;
      }
      chunks.push(c);
    };
    const onEnd = () => {
      klaar();
      resolve(teGroot ? { ok: false, gezien: n, begin } : { ok: true, bytes: Buffer.concat(chunks, n) });
    };
    const onError = (e: Error) => {
      klaar();
      reject(e);
    };
    const onClose = () => {
      // Closed without 'end': the sender went away halfway.
      klaar();
      if (teGroot) resolve({ ok: false, gezien: n, begin });
      else reject(new Error('de verbinding werd verbroken voordat alles was ontvangen'));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
    stream.resume();
  });
}

function beginVan(chunks: readonly Buffer[], nodig: number): Buffer {
  const stukken: Buffer[] = [];
  let m = 0;
  for (const c of chunks) {
    if (m >= nodig) break;
    stukken.push(c);
    m += c.length;
  }
  return Buffer.concat(stukken).subarray(0, nodig);
}
