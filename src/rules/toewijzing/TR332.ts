import type { ControlContext } from '../../control/context.js';
import type { ToewijzingFeit } from '../../control/feiten.js';
import type { Bericht301, ToegewezenProduct301 } from '../../standard/berichten.generated.js';
import { toegewezenProducten } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A ToewijzingNummer identifies one toegewezen product within the gemeente (the 301's Afzender) and
 * the wettelijk domein (the context holds one domein's facts). Checked on our own 301 before it is
 * sent, against every version we sent earlier with that number:
 * - used for another client, another aanbieder or another product → another toegewezen product
 *   already has the number;
 * - the same client, aanbieder and product: a new version of that toegewezen product (IV066: a change
 *   keeps the number and carries a RedenWijziging) is fine, and so is sending a version again (same
 *   Toewijzingsdatum and Toewijzingstijd). Without RedenWijziging and as a new version it presents
 *   itself as an initial toekenning ("kent nooit een RedenWijziging"), which needs a new number.
 * Two products with one number inside one 301 are TR101's (in-message) business.
 */
function verschil(eerder: ToewijzingFeit, b: Bericht301, p: ToegewezenProduct301): string | undefined {
  if (eerder.bsn !== b.Client.Bsn) return 'een andere cliënt';
  if (eerder.agb !== b.Header.Ontvanger) return `een andere aanbieder (${eerder.agb})`;
  if (eerder.productcategorie !== p.Product?.Categorie || eerder.productcode !== p.Product?.Code) {
    const product = [eerder.productcategorie, eerder.productcode].filter((x) => x !== undefined).join('/') || 'geen product (generiek)';
    return `een ander product (${product})`;
  }
  return undefined;
}

function uniek(b: Bericht301, ctx: ControlContext): RuleFinding[] {
  const gemeente = b.Header.Afzender;
  const findings: RuleFinding[] = [];
  for (const { item: p, pad } of toegewezenProducten(b)) {
    const versies = ctx.geheugen.toewijzingVersies(gemeente, p.ToewijzingNummer);
    if (versies.length === 0) continue;
    const path = `${pad}/ToewijzingNummer`;
    const ander = versies.map((v) => verschil(v, b, p)).find((v) => v !== undefined);
    if (ander !== undefined) {
      findings.push({ path, message: `ToewijzingNummer ${p.ToewijzingNummer} is in gemeente ${gemeente} al gebruikt voor ${ander}; geef dit toegewezen product een nieuw nummer.` });
      continue;
    }
    const zelfdeVersie = versies.some((v) => v.toewijzingsdatum === p.Toewijzingsdatum && v.toewijzingstijd === p.Toewijzingstijd);
    if (p.RedenWijziging === undefined && !zelfdeVersie) {
      findings.push({
        path,
        message: `ToewijzingNummer ${p.ToewijzingNummer} is al eerder toegewezen; een nieuwe toewijzing krijgt een nieuw nummer, een wijziging van deze toewijzing vermeldt een RedenWijziging.`,
      });
    }
  }
  return findings;
}

export default defineRule<ControlContext>({
  code: 'TR332',
  retourcode: '9332',
  level: 'berichtoverstijgend',
  gevolg: 'tegenhouden',
  description: 'Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per wettelijk domein.',
  check: { '301': uniek },
});
