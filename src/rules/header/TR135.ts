import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import type { BerichtIdentificatie } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * The Dagtekening of a message may not lie after today (`vandaag`: the day the message is received,
 * or for our own messages the day they are sent). Today itself is allowed. The standard attaches the
 * rule to BerichtIdentificatie (WJ001: "Dagtekening moet gelijk zijn aan of voor de systeemdatum
 * liggen"), and on the 325 also to DeclaratieIdentificatie; the finding is on the header, so the whole message is rejected (our own: held back).
 */
function dagtekening(id: BerichtIdentificatie, ctx: ControlContext, klasse = 'BerichtIdentificatie', element = 'Dagtekening'): RuleFinding[] {
  if (id.Dagtekening <= ctx.vandaag) return [];
  const wat = klasse === 'DeclaratieIdentificatie' ? 'het declaratiebericht waarop dit antwoord slaat' : 'het bericht';
  return [
    {
      path: `/Bericht/Header/${klasse}/${element}`,
      message: `De dagtekening van ${wat} (${datumTekst(id.Dagtekening)}) ligt na vandaag (${datumTekst(ctx.vandaag)}); een bericht mag niet in de toekomst gedagtekend zijn.`,
    },
  ];
}

export default defineRule<ControlContext>({
  code: 'TR135',
  retourcode: '8848',
  level: 'berichtoverstijgend',
  description: 'Vullen met een bestaande datum die niet in de toekomst ligt.',
  check: {
    '301': (b, ctx) => dagtekening(b.Header.BerichtIdentificatie, ctx),
    '305': (b, ctx) => dagtekening(b.Header.BerichtIdentificatie, ctx),
    '307': (b, ctx) => dagtekening(b.Header.BerichtIdentificatie, ctx),
    '315': (b, ctx) => dagtekening(b.Header.BerichtIdentificatie, ctx),
    '317': (b, ctx) => dagtekening(b.Header.BerichtIdentificatie, ctx),
    '319': (b, ctx) => dagtekening(b.Header.BerichtIdentificatie, ctx),
    '323': (b, ctx) => dagtekening(b.Header.BerichtIdentificatie, ctx),
    // The legacy 303 is identified by its factuur: FactuurDagtekening is its Dagtekening.
    '303': (b, ctx) => {
      const id = b.Header.DeclaratieFactuurIdentificatie;
      return dagtekening({ Identificatie: id.DeclarantFactuurNummer, Dagtekening: id.FactuurDagtekening }, ctx, 'DeclaratieFactuurIdentificatie', 'FactuurDagtekening');
    },
    '325': (b, ctx) => [
      ...dagtekening(b.Header.BerichtIdentificatie, ctx),
      ...dagtekening(b.Header.DeclaratieIdentificatie, ctx, 'DeclaratieIdentificatie'),
    ],
  },
});
