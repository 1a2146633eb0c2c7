/**
 * Fastify's own log lines with the same care as ours: its "route not found" line quotes the raw URL
 * and its error lines use the error's message as the line's text — a failed query's message holds
 * the query's parameters. These write the safe URL and the safe sentence instead.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { veiligeFout } from '../log/veilige-fout.js';
import { veiligeUrl } from '../log/veilige-url.js';

export class VeiligeLogController extends LogController {
  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info(`Route ${request.raw.method}:${veiligeUrl(request.raw.url ?? '')} not found`);
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const tekst = veiligeFout(error).melding;
    if (reply.statusCode >= 500) reply.log.error({ req: request, res: reply, err: error }, tekst);
    else reply.log.info({ res: reply, err: error }, tekst);
  }

  override writeHeadError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    reply.log.warn({ req: request, res: reply, err: error }, veiligeFout(error).melding);
  }
}
