import type { ControlContext } from '../../control/context.js';
import type { Contract } from '../../control/feiten.js';
import { startlijnen, stoplijnen, type Lijn } from '../../control/regiestand.js';
import { isVerwijderd } from '../../control/toewijzing.js';
import { isVerwijdering, sleutelTekst, type Startregel } from '../../control/zorgsleutel.js';
import type { Bericht305, Bericht307 } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * Inspannings- and outputgericht, a start or stop line relates to a toewijzing by its ToewijzingNummer
 * (IV096; taakgericht there is no toewijzing and Product + Begindatum are the key).
 * - With a ToewijzingNummer: the gemeente (Ontvanger) must have a toewijzing with that number for
 *   this client and this aanbieder, and its version in force must not be deleted (RedenWijziging 13:
 *   "als niet verzonden beschouwd").
 * - Without one: the line is fine when it may be taakgericht. The uitvoeringsvariant is agreed in the
 *   contract, so the line is wrong only when every contract of the aanbieder with the gemeente that
 *   covers its product on its Begindatum is inspannings- or outputgericht. Without such a contract the
 *   variant is unknown and nothing is concluded here.
 * Lines with StatusAanlevering 3 get no content checks (TR063).
 */
function dektProduct(c: Contract, r: Startregel, dag: string): boolean {
  if (!(c.ingangsdatum <= dag && (c.einddatum === undefined || dag <= c.einddatum))) return false;
  if (r.productcategorie === undefined) return true;
  return c.productcategorie === r.productcategorie && (c.productcode === undefined || r.productcode === undefined || c.productcode === r.productcode);
}

function relatie(b: Bericht305 | Bericht307, lijnen: readonly Lijn<Startregel>[], ctx: ControlContext): RuleFinding[] {
  const { Ontvanger: gemeente, Afzender: agb } = b.Header;
  const findings: RuleFinding[] = [];
  for (const { regel, pad } of lijnen) {
    if (isVerwijdering(regel)) continue;
    const nummer = regel.toewijzingNummer;
    if (nummer === undefined) {
      const contracten = ctx.registers.contracten(agb, gemeente).filter((c) => dektProduct(c, regel, regel.begindatum));
      if (contracten.length > 0 && contracten.every((c) => c.bekostiging !== 'taakgericht')) {
        findings.push({
          path: pad,
          message: `De regel (${sleutelTekst(regel)}) heeft geen ToewijzingNummer, maar het contract voor dit product is ${contracten[0]!.bekostiging}: vermeld het ToewijzingNummer van de toewijzing.`,
        });
      }
      continue;
    }
    const t = ctx.geheugen.toewijzing(gemeente, nummer);
    let waarom: string | undefined;
    if (!t) waarom = `gemeente ${gemeente} heeft geen toewijzing met ToewijzingNummer ${nummer}`;
    else if (t.bsn !== b.Client.Bsn) waarom = `toewijzing ${nummer} hoort bij een andere cliënt`;
    else if (t.agb !== agb) waarom = `toewijzing ${nummer} is aan een andere aanbieder toegewezen`;
    else if (isVerwijderd(t)) waarom = `toewijzing ${nummer} is verwijderd (RedenWijziging 13)`;
    if (waarom) findings.push({ path: pad, message: `De regel kan niet aan een toewijzing gekoppeld worden: ${waarom}.` });
  }
  return findings;
}

export default defineRule<ControlContext>({
  code: 'TR019',
  retourcode: '9019',
  level: 'berichtoverstijgend',
  description:
    'Bij een output- of inspanningsgerichte werkwijze moet de melding van de start of de stop van de ondersteuning gerelateerd zijn aan een toewijzing op basis van het ToewijzingNummer.',
  check: {
    '305': (b, ctx) => relatie(b, startlijnen(b), ctx),
    '307': (b, ctx) => relatie(b, stoplijnen(b), ctx),
  },
});
