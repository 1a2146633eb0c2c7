/**
 * Heen messages for the retour tests (the standard's examples and multi-part variants of them), and
 * the two schema verdicts every built retour must pass: our own schemas with our in-message rules
 * (`checkBericht`), and for iJw the standard's published schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../src/finding.js';
import type { Bericht315, Bericht323, Berichten, Prestatie323 } from '../../src/standard/berichten.generated.js';
import { berichttypVan } from '../../src/standard/catalogue.js';
import type { Berichtnummer } from '../../src/standard/model/berichten.js';
import type { StandaardId } from '../../src/standard/standaard.js';
import { checkBericht } from '../../src/validate/check.js';
import { buildBericht } from '../../src/xml/build.js';
import { parseXml, SchemaSet, validateAgainstSchema } from '../../src/xml/validate.js';
import { voorbeeldBericht } from '../berichten.js';
import { REFERENCE_DIR } from '../reference.js';

export const STANDAARDEN: readonly StandaardId[] = ['iJw', 'iWmo'];
export const KOP = { identificatie: 'RET000000001', dagtekening: '2026-11-20' } as const;

const prefix = (s: StandaardId): 'JW' | 'WMO' => (s === 'iJw' ? 'JW' : 'WMO');

/**
 * The standard's example of a heen message. iJw publishes its 315 example only as a negative case
 * (ToewijzingEinddatum 2027-06-31); with the date made real it is the 315 example.
 */
export function heen<N extends '301' | '305' | '307' | '315' | '317' | '319' | '323'>(s: StandaardId, nummer: N): Berichten[N] {
  if (s === 'iJw' && nummer === '315') {
    const file = path.join(REFERENCE_DIR, 'ijw', '3.2', 'voorbeelden', 'JW315.ongeldig-datum.xml');
    const r = checkBericht(Buffer.from(fs.readFileSync(file, 'utf8').replaceAll('2027-06-31', '2027-06-30')));
    if (!r.bericht) throw new Error(`JW315 example not usable: ${r.stage}`);
    return r.bericht as Berichten[N];
  }
  return voorbeeldBericht(`${prefix(s)}${nummer}` as never) as Berichten[N];
}

/** A 305 with three StartProducten (one client per message in 3.2). */
export function startMetDrieProducten(s: StandaardId): Berichten['305'] {
  const b = heen(s, '305');
  const derde = structuredClone(b.Client.StartProducten[0]!);
  derde.ToewijzingNummer = 300203;
  derde.Begindatum = b.Client.StartProducten[0]!.Begindatum;
  b.Client.StartProducten.push(derde);
  return b;
}

/**
 * A 315 with three AangevraagdeProducten, each with its own ReferentieAanbieder and its own month
 * (the same product may be asked for several times only for periods that do not overlap: TR386).
 */
export function verzoekMetDrieProducten(s: StandaardId): Bericht315 {
  const b = heen(s, '315');
  const eerste = b.Client.AangevraagdeProducten[0]!;
  b.Client.AangevraagdeProducten = ['REF-A', 'REF-B', 'REF-C'].map((ref, i) => ({
    ...structuredClone(eerste),
    ReferentieAanbieder: ref,
    ToewijzingIngangsdatum: `2027-0${i + 1}-01`,
    ToewijzingEinddatum: `2027-0${i + 1}-28`,
  }));
  return b;
}

type PrestatieSpec = readonly [bedrag: number, dc: 'D' | 'C'];

/**
 * A 323 with the given clients and prestatie amounts (eurocents, D/C), built from the example's
 * first prestatie: unique ReferentieNummers, a VorigReferentieNummer on credits (CD060), volume
 * times tarief equal to the amount, and a TotaalIngediendBedrag that is the exact saldo (TR358).
 */
export function declaratie(s: StandaardId, clienten: readonly (readonly PrestatieSpec[])[]): Bericht323 {
  const b = heen(s, '323');
  const model = b.Declaratie.Clienten[0]!.Prestaties[0]!;
  const bsns = ['999900006', '999900018', '999900031', '999900043', '999900055'];
  let n = 0;
  let saldo = 0;
  b.Declaratie.Clienten = clienten.map((prestaties, ci) => ({
    Bsn: bsns[ci]!,
    Prestaties: prestaties.map(([bedrag, dc]): Prestatie323 => {
      n++;
      saldo += dc === 'C' ? -bedrag : bedrag;
      const p = structuredClone(model);
      p.ProductReferentie = dc === 'C' ? { ReferentieNummer: `RN${n}`, VorigReferentieNummer: `RV${n}` } : { ReferentieNummer: `RN${n}` };
      // One debet per toewijzing, product and period in a message (TR416): each prestatie its own toewijzing.
      p.ToewijzingNummer = 20000 + n;
      p.GeleverdVolume = bedrag / 100;
      p.ProductTarief = 100;
      p.IngediendBedrag = { Bedrag: bedrag, DebetCredit: dc };
      return p;
    }),
  }));
  b.Declaratie.TotaalIngediendBedrag = saldo < 0 ? { TotaalBedrag: -saldo, DebetCredit: 'C' } : { TotaalBedrag: saldo, DebetCredit: 'D' };
  return b;
}

export const prestatiePad = (client: number, prestatie: number): string =>
  `/Bericht/Declaratie/Clienten/Client[${client}]/Prestaties/Prestatie[${prestatie}]`;
export const clientPad = (client: number): string => `/Bericht/Declaratie/Clienten/Client[${client}]`;

let referentie: SchemaSet | undefined;

/** The standard's own iJw schemas (`ijw/3.2/xsd/`): their verdict on a built message. */
export function referentieFindings(s: StandaardId, nummer: Berichtnummer, xml: string): Finding[] {
  if (s !== 'iJw') throw new Error('the reference has no iWmo retour schemas');
  referentie ??= new SchemaSet(REFERENCE_DIR);
  const parsed = parseXml(Buffer.from(xml));
  if (!parsed.ok) return parsed.findings;
  try {
    return validateAgainstSchema(parsed.doc, referentie.validator(`ijw/3.2/xsd/JW${nummer}.xsd`));
  } finally {
    parsed.doc.dispose();
  }
}

/**
 * Writes the message with `buildBericht` and asserts it is valid: our schemas and in-message rules
 * (`checkBericht` reaches stage ok), and for iJw the reference schemas. Returns the XML.
 */
export function expectValide<N extends Berichtnummer>(s: StandaardId, nummer: N, bericht: Berichten[N]): string {
  const t = berichttypVan(s, nummer);
  const xml = buildBericht(t.standaard, nummer, bericht);
  const r = checkBericht(Buffer.from(xml));
  expect(r.findings, `${t.naam} against our schemas and rules`).toEqual([]);
  expect(r.stage).toBe('ok');
  expect(r.berichttype?.naam).toBe(t.naam);
  if (s === 'iJw') expect(referentieFindings(s, nummer, xml), `${t.naam} against the reference schemas`).toEqual([]);
  return xml;
}
