import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { toewijzingIngangsdatumVan } from '../../control/regiestand.js';
import { isVerwijdering, startregel, stopregel, type Startregel } from '../../control/zorgsleutel.js';
import type { Bericht305, Bericht307 } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * The gemeentecode in the header (the gemeente's own: Afzender of a 301, Ontvanger of what
 * aanbieders send) must be in the CBS gemeentelijke indeling.
 *
 * Reading of the herindeling clause: the code is good when the CBS register has it on the
 * Dagtekening (the list in force when the message is made), or else when it has it on the
 * (Toewijzing)Ingangsdatum of every product line the message carries. The older list is allowed for
 * a product that started before the herindeling; a message that also carries a product starting after
 * the code lapsed must use the new code. Product dates per message:
 * - 301: Ingangsdatum of each ToegewezenProduct;
 * - 315: ToewijzingIngangsdatum of each AangevraagdProduct;
 * - 305/307: ToewijzingIngangsdatum of each line, or the Ingangsdatum of the toewijzing it names, or
 *   (taakgericht) its Begindatum; lines with StatusAanlevering 3 are corrections and not weighed (TR063);
 * - 317: none (the clause names the 301 and 315 only): the Dagtekening decides.
 */
function gemeentecode(code: string, element: 'Afzender' | 'Ontvanger', dagtekening: string, productdata: readonly string[], ctx: ControlContext): RuleFinding[] {
  if (ctx.registers.gemeente(code, dagtekening)) return [];
  if (productdata.length > 0 && productdata.every((d) => ctx.registers.gemeente(code, d))) return [];
  const data = [...new Set(productdata)].sort().map(datumTekst);
  const ook = data.length > 0 ? ` en ook niet op de ingangsdatum van ${data.length === 1 ? 'het product' : 'alle producten'} (${data.join(', ')})` : '';
  return [
    {
      path: `/Bericht/Header/${element}`,
      message: `Gemeentecode ${code} komt niet voor in het CBS-overzicht van gemeenten op de dagtekening ${datumTekst(dagtekening)}${ook}.`,
    },
  ];
}


function regiebericht(b: Bericht305 | Bericht307, regels: readonly Startregel[], ctx: ControlContext): RuleFinding[] {
  const data = regels.filter((r) => !isVerwijdering(r)).map((r) => toewijzingIngangsdatumVan(r, b.Header.Ontvanger, ctx));
  return gemeentecode(b.Header.Ontvanger, 'Ontvanger', b.Header.BerichtIdentificatie.Dagtekening, data, ctx);
}

export default defineRule<ControlContext>({
  code: 'TR378',
  retourcode: 'S300',
  level: 'berichtoverstijgend',
  description: 'Vullen met een bestaande gemeentecode uit het overzicht van CBS dat actueel is op Ingangsdatum of ToewijzingIngangsdatum.',
  check: {
    '301': (b, ctx) =>
      gemeentecode(b.Header.Afzender, 'Afzender', b.Header.BerichtIdentificatie.Dagtekening, b.Client.ToegewezenProducten.map((p) => p.Ingangsdatum), ctx),
    '305': (b, ctx) => regiebericht(b, b.Client.StartProducten.map(startregel), ctx),
    '307': (b, ctx) => regiebericht(b, b.Client.StopProducten.map(stopregel), ctx),
    '315': (b, ctx) =>
      gemeentecode(
        b.Header.Ontvanger,
        'Ontvanger',
        b.Header.BerichtIdentificatie.Dagtekening,
        b.Client.AangevraagdeProducten.map((p) => p.ToewijzingIngangsdatum),
        ctx,
      ),
    '317': (b, ctx) => gemeentecode(b.Header.Ontvanger, 'Ontvanger', b.Header.BerichtIdentificatie.Dagtekening, [], ctx),
  },
});
