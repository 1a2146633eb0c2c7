import type { Omvang } from '../../standard/berichten.generated.js';
import { betekenis } from '../../standard/codes.js';
import type { StandaardId } from '../../standard/standaard.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { nieuweProducten, teWijzigenProducten, toegewezenProducten } from '../paden.js';
import { looptNa2020 } from './overgang2021.js';

/** Etmaal, dagdeel, euro's and stuks (inspanning) are not allotted per day (frequentie 1). */
export const EENHEDEN_ZONDER_DAGFREQUENTIE = new Set(['14', '16', '83', '84']);
export const TOEGESTANE_FREQUENTIES = new Set(['2', '4', '6']);

/** Shared with CS343, its twin on the AangevraagdProduct of a 315. */
export function controleerFrequentie(
  omvang: Omvang | undefined,
  einddatum: string | undefined,
  pad: string,
  standaard: StandaardId,
): RuleFinding[] {
  if (!omvang || !EENHEDEN_ZONDER_DAGFREQUENTIE.has(omvang.Eenheid) || !looptNa2020(einddatum)) return [];
  if (TOEGESTANE_FREQUENTIES.has(omvang.Frequentie)) return [];
  const eenheid = betekenis('Eenheid', standaard, omvang.Eenheid)?.toLowerCase() ?? omvang.Eenheid;
  return [
    {
      path: `${pad}/Omvang/Frequentie`,
      message: `Frequentie ${omvang.Frequentie} is niet toegestaan bij eenheid ${omvang.Eenheid} (${eenheid}); gebruik 2 (per week), 4 (per maand) of 6 (totaal binnen geldigheidsduur toewijzing).`,
    },
  ];
}

export default defineRule({
  code: 'CS338',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 of leeg is, dan Frequentie vullen met de waarde 2 , 4 of 6',
  check: {
    '301': (b, ctx) => [...toegewezenProducten(b)].flatMap((p) => controleerFrequentie(p.item.Omvang, p.item.Einddatum, p.pad, ctx.standaard.id)),
    '317': (b, ctx) => [
      ...[...teWijzigenProducten(b)].flatMap((p) => controleerFrequentie(p.item.Omvang, p.item.Einddatum, p.pad, ctx.standaard.id)),
      ...[...nieuweProducten(b)].flatMap((p) => controleerFrequentie(p.item.Omvang, p.item.Einddatum, p.pad, ctx.standaard.id)),
    ],
  },
});
