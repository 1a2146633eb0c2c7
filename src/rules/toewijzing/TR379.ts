import type { ControlContext } from '../../control/context.js';
import type { Bericht301 } from '../../standard/berichten.generated.js';
import { toegewezenProducten } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * ReferentieAanbieder in a ToegewezenProduct is filled only when the product honours a verzoek om
 * toewijzing (315) or verzoek om wijziging (317), with that verzoek's ReferentieAanbieder, and only the
 * first time the product is sent after honouring it. What can be checked on our own 301:
 * - a filled ReferentieAanbieder must be a verzoek of the aanbieder (the 301's Ontvanger) to this
 *   gemeente for this client;
 * - an earlier version of the same toewijzing (another Toewijzingsdatum/-tijd) already carried it:
 *   this is no longer the first time, so it must be left empty.
 * Whether an empty ReferentieAanbieder should have been filled cannot be told from the 301 (nothing in
 * it says it honours a verzoek), so that half of the rule is not checked.
 */
function referentie(b: Bericht301, ctx: ControlContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { item: p, pad } of toegewezenProducten(b)) {
    const ref = p.ReferentieAanbieder;
    if (ref === undefined) continue;
    const path = `${pad}/ReferentieAanbieder`;
    const verzoek = ctx.geheugen.verzoek(b.Header.Ontvanger, ref);
    if (!verzoek || verzoek.gemeente !== b.Header.Afzender || verzoek.bsn !== b.Client.Bsn) {
      findings.push({
        path,
        message: `ReferentieAanbieder ${ref} verwijst niet naar een verzoek om toewijzing of verzoek om wijziging van aanbieder ${b.Header.Ontvanger} voor deze cliënt; laat ReferentieAanbieder leeg als de toewijzing geen verzoek honoreert.`,
      });
      continue;
    }
    const eerder = ctx.geheugen
      .toewijzingVersies(b.Header.Afzender, p.ToewijzingNummer)
      .find((v) => v.referentieAanbieder === ref && !(v.toewijzingsdatum === p.Toewijzingsdatum && v.toewijzingstijd === p.Toewijzingstijd));
    if (eerder) {
      findings.push({
        path,
        message: `Toewijzing ${p.ToewijzingNummer} is al eerder verstuurd met ReferentieAanbieder ${ref}; die wordt alleen de eerste keer na het honoreren van het verzoek meegegeven, laat hem nu leeg.`,
      });
    }
  }
  return findings;
}

export default defineRule<ControlContext>({
  code: 'TR379',
  retourcode: '9379',
  level: 'berichtoverstijgend',
  gevolg: 'tegenhouden',
  description:
    'Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW, dient ReferentieAanbieder te worden gevuld met ReferentieAanbieder uit die VOT of VOW, anders leeglaten.',
  check: { '301': referentie },
});
