import type { ControlContext } from '../../control/context.js';
import { periodeTekst } from '../../control/kalender.js';
import { omvangTekst, volumeTekst, volumeToets } from '../../control/prestatie-volume.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR321: the GeleverdVolume of one prestatie fits the toewijzing's Omvang for its ProductPeriode:
 * Volume per dag x days, per week x calendar weeks (or Sundays, outputgericht; 6 weeks for Wmo hulp
 * bij het huishouden), per maand x 1, totaal x 1 (see `src/control/volume.ts`). Minutes on a
 * toewijzing in uren are compared in minutes.
 */
export default defineRule<ControlContext>({
  code: 'TR321',
  retourcode: '9321',
  level: 'berichtoverstijgend',
  description:
    'Indien in het ToegewezenProduct een Omvang is meegegeven, moet GeleverdVolume in de Prestatie passen binnen Volume in het ToegewezenProduct.',
  check: {
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const toets = volumeToets(ctx, b, p.item, p.toewijzing);
        if (!toets || toets.geleverd <= toets.maximum) continue;
        const periode = periodeTekst({ begin: p.item.ProductPeriode.Begindatum, eind: p.item.ProductPeriode.Einddatum });
        findings.push({
          path: `${p.pad}/GeleverdVolume`,
          message: `Het geleverde volume (${volumeTekst(toets, toets.geleverd, ctx.standaard.id)}) is meer dan toewijzing ${p.item.ToewijzingNummer} (${omvangTekst(toets, ctx.standaard.id)}) voor de productperiode ${periode} toestaat: ten hoogste ${volumeTekst(toets, toets.maximum, ctx.standaard.id)}.`,
        });
      }
      return findings;
    },
  },
});
