/**
 * Structured JSON logs (pino). Never a BSN, a name or an address: log ids (bericht, batch, job) and
 * kinds, never message content. Second lines of defence for what might slip in:
 * - the redaction below, for fields with such names;
 * - the `err` serializer (`log/veilige-fout.ts`): an error's kind, code and a sentence without the
 *   values it carries (a failed query's parameters, a PostgreSQL error's quoted value and detail);
 * - the `req` serializer (`log/veilige-url.ts`): a request's URL with only known code, date and state
 *   parameters in its query, never other values.
 */
import pino, { type Logger, type LoggerOptions } from 'pino';
import { foutVoorLog } from './log/veilige-fout.js';
import { veiligeUrl } from './log/veilige-url.js';

export const LOG_REDACT = {
  paths: ['bsn', '*.bsn', 'Bsn', '*.Bsn', 'naam', '*.naam', 'achternaam', '*.achternaam', 'adres', '*.adres', 'raw', '*.raw', 'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
  censor: '[verborgen]',
};

interface Verzoek {
  readonly method?: string;
  readonly url?: string;
  readonly host?: string;
  readonly ip?: string;
  readonly socket?: { readonly remotePort?: number };
}

/** What a request log line says of the request (Fastify's fields, the URL made safe). */
export function verzoekVoorLog(req: Verzoek): Record<string, unknown> {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? veiligeUrl(req.url) : undefined,
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

export function logOpties(env: NodeJS.ProcessEnv = process.env): LoggerOptions {
  return {
    level: env['LOG_LEVEL'] ?? 'info',
    redact: LOG_REDACT,
    base: { app: 'iwj' },
    serializers: { err: foutVoorLog, req: verzoekVoorLog },
  };
}

export function logger(env: NodeJS.ProcessEnv = process.env): Logger {
  return pino(logOpties(env));
}
