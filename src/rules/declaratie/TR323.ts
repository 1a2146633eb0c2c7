import type { ControlContext } from '../../control/context.js';
import type { PrestatieFeit } from '../../control/feiten.js';
import type { Prestatie323 } from '../../standard/berichten.generated.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR323: a credit prestatie withdraws an earlier, approved debet prestatie of the same aanbieder:
 * its VorigReferentieNummer is that debet's ReferentieNummer (IV091), the debet was sent in an
 * earlier message (TR316 forbids the same message), to the same gemeente, was approved
 * ('toegekend': a rejected prestatie is never credited, and one still in onderzoek has not been
 * approved yet, IV085), and the credit is identical to it on the key fields: client, ToewijzingNummer,
 * ProductCategorie, ProductCode, ProductPeriode, and on GeleverdVolume, Eenheid and Bedrag (a debet is
 * credited in full, OP366).
 */
function verschillen(f: PrestatieFeit, gemeente: string, bsn: string, p: Prestatie323): string[] {
  const v: [string, boolean][] = [
    ['gemeente', f.gemeente === gemeente],
    ['cliënt', f.bsn === bsn],
    ['ToewijzingNummer', f.toewijzingNummer === p.ToewijzingNummer],
    ['ProductCategorie', f.productcategorie === p.ProductCategorie],
    ['ProductCode', f.productcode === p.ProductCode],
    ['ProductPeriode', f.periodeBegin === p.ProductPeriode.Begindatum && f.periodeEind === p.ProductPeriode.Einddatum],
    ['GeleverdVolume', f.geleverdVolume === p.GeleverdVolume],
    ['Eenheid', f.eenheid === p.Eenheid],
    ['Bedrag', f.bedrag === p.IngediendBedrag.Bedrag],
  ];
  return v.filter(([, gelijk]) => !gelijk).map(([naam]) => naam);
}

export default defineRule<ControlContext>({
  code: 'TR323',
  retourcode: '8017',
  level: 'berichtoverstijgend',
  description: 'Een credit Prestatie moet gerelateerd zijn aan een eerder verzonden (goedgekeurde) debet Prestatie op basis van sleutelvelden.',
  check: met303({
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        if (p.item.IngediendBedrag.DebetCredit !== 'C') continue;
        const path = `${p.pad}/ProductReferentie`;
        const vorig = p.item.ProductReferentie.VorigReferentieNummer;
        if (vorig === undefined) {
          findings.push({ path, message: 'Deze creditprestatie noemt geen VorigReferentieNummer; er is geen debetprestatie die zij crediteert.' });
          continue;
        }
        const debet = ctx.geheugen.prestatie(b.Header.Afzender, vorig);
        let reden: string | undefined;
        if (!debet) reden = `er is geen eerder ingediende prestatie met ReferentieNummer ${vorig} bekend`;
        else if (debet.debetCredit !== 'D') reden = `prestatie ${vorig} is zelf een creditprestatie`;
        else if (debet.status === 'afgewezen') reden = `debetprestatie ${vorig} is afgewezen; een afgewezen prestatie wordt niet gecrediteerd`;
        else if (debet.status !== 'toegekend') reden = `debetprestatie ${vorig} is nog niet goedgekeurd`;
        else {
          const anders = verschillen(debet, b.Header.Ontvanger, p.client.Bsn, p.item);
          if (anders.length > 0) reden = `de creditprestatie wijkt af van debetprestatie ${vorig} in: ${anders.join(', ')}`;
        }
        if (reden) findings.push({ path, message: `Deze creditprestatie hoort niet bij een goedgekeurde debetprestatie: ${reden}.` });
      }
      return findings;
    },
  }),
});
