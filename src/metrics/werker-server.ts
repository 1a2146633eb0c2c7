/**
 * The figures of an `iwj work` process (job durations per stage, failed attempts, memory, CPU) for
 * Prometheus to scrape beside the server's `/api/v1/metrics`: `IWJ_METRICS_PORT` set → a tiny HTTP
 * server on `IWJ_METRICS_HOST` (default 127.0.0.1, so only this machine — it has no authentication,
 * and holds no data beyond stage names and counts) answering `GET /metrics`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProcesMetrics } from './proces.js';
import { CONTENT_TYPE, alsTekst } from './prometheus.js';

export interface WerkerMetricsServer {
  readonly url: string;
  sluit(): Promise<void>;
}

export async function startWerkerMetrics(proces: ProcesMetrics, port: number, host = '127.0.0.1'): Promise<WerkerMetricsServer> {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/metrics' || req.url?.startsWith('/metrics?'))) {
      res.writeHead(200, { 'content-type': CONTENT_TYPE });
      res.end(alsTekst(proces.metrieken()));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Niet gevonden: alleen GET /metrics.\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address() as AddressInfo;
  return {
    url: `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}/metrics`,
    sluit: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
