import type { ControlContext } from '../../control/context.js';
import { periodeTekst } from '../../control/kalender.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR314: a ReferentieNummer is used once per aanbieder within the wettelijk domein, both within this
 * message (every later occurrence is reported; the first stands) and against every earlier prestatie
 * of the aanbieder, whatever its outcome: a rejected prestatie is resent with a new ReferentieNummer.
 */
/** `cliënt 1, prestatie 2` for `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]`. */
const plaats = (pad: string): string => {
  const m = /Client\[(\d+)\]\/Prestaties\/Prestatie\[(\d+)\]$/.exec(pad);
  return m ? `cliënt ${m[1]}, prestatie ${m[2]}` : pad;
};

export default defineRule<ControlContext>({
  code: 'TR314',
  retourcode: '8021',
  level: 'berichtoverstijgend',
  description:
    'ReferentieNummer van de Prestatie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Prestatie betrekking heeft, zowel binnen één bericht als berichtoverstijgend.',
  check: met303({
    '323': (b, ctx) => {
      const agb = b.Header.Afzender;
      const gezien = new Map<string, string>();
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        const ref = p.item.ProductReferentie.ReferentieNummer;
        const eerder = ctx.geheugen.prestatie(agb, ref);
        const inBericht = gezien.get(ref);
        if (eerder) {
          findings.push({
            path: `${p.pad}/ProductReferentie`,
            message: `ReferentieNummer ${ref} is al eerder door deze aanbieder gebruikt (prestatie op toewijzing ${eerder.toewijzingNummer}, productperiode ${periodeTekst({ begin: eerder.periodeBegin, eind: eerder.periodeEind })}); iedere prestatie krijgt een nieuw ReferentieNummer.`,
          });
        } else if (inBericht !== undefined) {
          findings.push({
            path: `${p.pad}/ProductReferentie`,
            message: `ReferentieNummer ${ref} komt in deze declaratie meer dan eens voor (ook bij ${plaats(inBericht)}); iedere prestatie krijgt een eigen ReferentieNummer.`,
          });
        }
        if (inBericht === undefined) gezien.set(ref, p.pad);
      }
      return findings;
    },
  }),
});
