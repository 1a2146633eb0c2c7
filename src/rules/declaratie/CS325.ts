/**
 * CS325: an amount of 0 is debet. Everywhere the standard puts an amount with debet/credit: in the 323
 * the TotaalIngediendBedrag and the IngediendBedrag of each Prestatie; in the 325 also the
 * TotaalToegekendBedrag; in the legacy 303 the totals of the declaratie/factuur (BTW included) and
 * the DeclaratieFactuurBedrag, BerekendBedrag and BtwBedrag of each Prestatie. The finding is on the
 * DebetCredit that should have been D.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import { prestaties, prestaties303, prestaties325 } from '../paden.js';

interface Bedragveld {
  readonly bedrag: number;
  readonly debetCredit: string;
  /** The path of the amount's class (`.../TotaalIngediendBedrag`). */
  readonly pad: string;
}

function nulIsDebet(velden: Iterable<Bedragveld>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const v of velden) {
    if (v.bedrag !== 0 || v.debetCredit === 'D') continue;
    findings.push({ path: `${v.pad}/DebetCredit`, message: 'Een bedrag van € 0,00 heeft altijd DebetCredit D (debet).' });
  }
  return findings;
}

export default defineRule({
  code: 'CS325',
  retourcode: '0001',
  level: 'bericht',
  description: 'Indien (Totaal)Bedrag de waarde 0 heeft, dan DebetCredit vullen met D (Debet).',
  check: {
    '323': (b) => {
      const t = b.Declaratie.TotaalIngediendBedrag;
      return nulIsDebet([
        { bedrag: t.TotaalBedrag, debetCredit: t.DebetCredit, pad: '/Bericht/Declaratie/TotaalIngediendBedrag' },
        ...[...prestaties(b)].map((p) => ({
          bedrag: p.item.IngediendBedrag.Bedrag,
          debetCredit: p.item.IngediendBedrag.DebetCredit,
          pad: `${p.pad}/IngediendBedrag`,
        })),
      ]);
    },
    '303': (b) => {
      const t = b.Header.DeclaratieFactuurBedragen;
      const totaal = '/Bericht/Header/DeclaratieFactuurBedragen';
      const velden: Bedragveld[] = [
        { bedrag: t.DeclaratieFactuurTotaalBedrag.TotaalBedrag, debetCredit: t.DeclaratieFactuurTotaalBedrag.DebetCredit, pad: `${totaal}/DeclaratieFactuurTotaalBedrag` },
        ...(t.BtwTotaalBedrag ? [{ bedrag: t.BtwTotaalBedrag.TotaalBedrag, debetCredit: t.BtwTotaalBedrag.DebetCredit, pad: `${totaal}/BtwTotaalBedrag` }] : []),
      ];
      for (const p of prestaties303(b)) {
        const i = p.item.IngediendeBedragPrestatie;
        for (const naam of ['BerekendBedrag', 'BtwBedrag', 'DeclaratieFactuurBedrag'] as const) {
          const v = i[naam];
          if (v) velden.push({ bedrag: v.Bedrag, debetCredit: v.DebetCredit, pad: `${p.pad}/IngediendeBedragPrestatie/${naam}` });
        }
      }
      return nulIsDebet(velden);
    },
    // The 325 is ours: checked as a self-check of the declaratie-antwoord we generate.
    '325': (b) => {
      const a = b.DeclaratieAntwoord;
      if (!a) return [];
      return nulIsDebet([
        { bedrag: a.TotaalIngediendBedrag.TotaalBedrag, debetCredit: a.TotaalIngediendBedrag.DebetCredit, pad: '/Bericht/DeclaratieAntwoord/TotaalIngediendBedrag' },
        { bedrag: a.TotaalToegekendBedrag.TotaalBedrag, debetCredit: a.TotaalToegekendBedrag.DebetCredit, pad: '/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag' },
        ...[...prestaties325(b)].map((p) => ({
          bedrag: p.item.IngediendBedrag.Bedrag,
          debetCredit: p.item.IngediendBedrag.DebetCredit,
          pad: `${p.pad}/IngediendBedrag`,
        })),
      ]);
    },
  },
});
