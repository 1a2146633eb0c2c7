import type { ControlContext } from '../../control/context.js';
import type { PrestatieFeit } from '../../control/feiten.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR390: a debet is credited once (OP360). A credit is refused when an earlier credit (not rejected)
 * already names the same VorigReferentieNummer. Credits carry their debet's ToewijzingNummer, so the
 * earlier credits are looked up on that toewijzing (the credit's own and the debet's, should they
 * differ). Two credits of one debet in the same message are TR315's (in-message).
 */
export default defineRule<ControlContext>({
  code: 'TR390',
  retourcode: '9390',
  level: 'berichtoverstijgend',
  description: 'DebetCredit mag alleen waarde Credit hebben indien voor Prestatie met gelijk ProductReferentie niet een Prestatie met Credit bestaat',
  check: met303({
    '323': (b, ctx) => {
      const gemeente = b.Header.Ontvanger;
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        const vorig = p.item.ProductReferentie.VorigReferentieNummer;
        if (p.item.IngediendBedrag.DebetCredit !== 'C' || vorig === undefined) continue;
        const debet = ctx.geheugen.prestatie(b.Header.Afzender, vorig);
        const kandidaten: PrestatieFeit[] = [
          ...ctx.geheugen.prestatiesOpToewijzing(gemeente, p.item.ToewijzingNummer),
          ...(debet && (debet.gemeente !== gemeente || debet.toewijzingNummer !== p.item.ToewijzingNummer)
            ? ctx.geheugen.prestatiesOpToewijzing(debet.gemeente, debet.toewijzingNummer)
            : []),
        ];
        const eerder = kandidaten.find(
          (f) => f.agb === b.Header.Afzender && f.debetCredit === 'C' && f.vorigReferentieNummer === vorig && f.status !== 'afgewezen',
        );
        if (!eerder) continue;
        findings.push({
          path: p.pad,
          message: `Prestatie ${vorig} is al gecrediteerd met creditprestatie ${eerder.referentieNummer}; een prestatie kan maar één keer worden gecrediteerd.`,
        });
      }
      return findings;
    },
  }),
});
