/**
 * The error handler of the ingestion routes: a request error (validation, a malformed body) is
 * answered with its status and a Dutch sentence; anything else is a 500 whose body says nothing of
 * the cause (which may hold data from the request) while the log gets the error's kind.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export async function foutAfhandeling(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (error.validation) {
    await reply.code(400).send({ fout: 'ongeldig-verzoek', melding: `Het verzoek is ongeldig: ${error.message}.` });
    return;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    await reply.code(status).send({ fout: 'ongeldig-verzoek', melding: `Het verzoek kan niet worden verwerkt (${error.code ?? status}).` });
    return;
  }
  request.log.error({ fout: error.name, code: error.code }, 'interne fout bij een aanlevering');
  await reply.code(500).send({ fout: 'interne-fout', melding: 'Er ging iets mis bij het verwerken van het verzoek; probeer het later opnieuw.' });
}
