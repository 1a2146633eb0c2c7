/**
 * TR316: a debet prestatie cannot be credited in the message that declares it. As the standard makes
 * it checkable: no VorigReferentieNummer equals the ReferentieNummer of any Prestatie of the same
 * message (any client, the prestatie itself included). The finding is on the VorigReferentieNummer.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import { prestaties } from '../paden.js';
import { met303 } from '../legacy/als323.js';

export default defineRule({
  code: 'TR316',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Debetregels mogen niet in hetzelfde bericht gecrediteerd worden. VorigReferentieNummer mag geen waarde bevatten gelijk aan ReferentieNummer van een Prestatie in hetzelfde bestand.',
  check: met303({
    '323': (b) => {
      const lijst = [...prestaties(b)];
      const referenties = new Set(lijst.map((p) => p.item.ProductReferentie.ReferentieNummer));
      const findings: RuleFinding[] = [];
      for (const p of lijst) {
        const vorig = p.item.ProductReferentie.VorigReferentieNummer;
        if (vorig === undefined || !referenties.has(vorig)) continue;
        findings.push({
          path: `${p.pad}/ProductReferentie/VorigReferentieNummer`,
          message: `VorigReferentieNummer ${vorig} verwijst naar een prestatie in ditzelfde bericht; een prestatie mag niet gecrediteerd worden in het bericht waarin zij gedeclareerd wordt.`,
        });
      }
      return findings;
    },
  }),
});
