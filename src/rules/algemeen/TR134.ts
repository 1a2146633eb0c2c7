/**
 * TR134: a date that exists and is not after the Dagtekening of the message. That the date exists
 * the schema has already decided (xs:date); this rule checks the other half against the message's
 * own Dagtekening (Header/BerichtIdentificatie/Dagtekening; in the 323 not DeclaratieDagtekening,
 * which TR335 names when it means it). The elements are those the standard attaches TR134 to:
 * - 301: Geboortedatum of the client and of each Relatie, Toewijzingsdatum of each ToegewezenProduct;
 * - 305: Geboortedatum, Begindatum of each StartProduct;
 * - 307: Geboortedatum, Einddatum of each StopProduct (its Begindatum is not listed);
 * - 315: Geboortedatum;
 * - 323: Begindatum of the DeclaratiePeriode and of each ProductPeriode (the Einddatum is TR137's);
 * - 325: Begindatum of each ProductPeriode.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import { prestaties, prestaties325, relaties, startProducten, stopProducten, toegewezenProducten } from '../paden.js';
import { isNa } from '../datum.js';

interface Datumveld {
  readonly datum: string | undefined;
  readonly pad: string;
  /** What the date is, for the message text. */
  readonly wat: string;
  /** A birth date is personal data: its value stays out of the message text. */
  readonly persoonsgegeven?: true;
}

function nietNaDagtekening(dagtekening: string, velden: Iterable<Datumveld>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const v of velden) {
    if (v.datum === undefined || !isNa(v.datum, dagtekening)) continue;
    const waarde = v.persoonsgegeven ? '' : ` (${v.datum})`;
    findings.push({
      path: v.pad,
      message: `${v.wat}${waarde} ligt na de dagtekening van het bericht (${dagtekening}); een datum mag niet later zijn dan de dagtekening.`,
    });
  }
  return findings;
}

const geboortedatumClient = (datum: string): Datumveld => ({
  datum,
  pad: '/Bericht/Client/Geboortedatum/Datum',
  wat: 'De geboortedatum van de cliënt',
  persoonsgegeven: true,
});

export default defineRule({
  code: 'TR134',
  retourcode: '0001',
  level: 'bericht',
  description: 'Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bericht.',
  check: {
    '301': (b) =>
      nietNaDagtekening(b.Header.BerichtIdentificatie.Dagtekening, [
        geboortedatumClient(b.Client.Geboortedatum.Datum),
        ...[...relaties(b)].map(
          (r): Datumveld => ({
            datum: r.item.Geboortedatum?.Datum,
            pad: `${r.pad}/Geboortedatum/Datum`,
            wat: 'De geboortedatum van de relatie',
            persoonsgegeven: true,
          }),
        ),
        ...[...toegewezenProducten(b)].map(
          (p): Datumveld => ({ datum: p.item.Toewijzingsdatum, pad: `${p.pad}/Toewijzingsdatum`, wat: 'De Toewijzingsdatum' }),
        ),
      ]),
    '305': (b) =>
      nietNaDagtekening(b.Header.BerichtIdentificatie.Dagtekening, [
        geboortedatumClient(b.Client.Geboortedatum.Datum),
        ...[...startProducten(b)].map(
          (p): Datumveld => ({ datum: p.item.Begindatum, pad: `${p.pad}/Begindatum`, wat: 'De Begindatum van de levering' }),
        ),
      ]),
    '307': (b) =>
      nietNaDagtekening(b.Header.BerichtIdentificatie.Dagtekening, [
        geboortedatumClient(b.Client.Geboortedatum.Datum),
        ...[...stopProducten(b)].map(
          (p): Datumveld => ({ datum: p.item.Einddatum, pad: `${p.pad}/Einddatum`, wat: 'De Einddatum van de levering' }),
        ),
      ]),
    '315': (b) => nietNaDagtekening(b.Header.BerichtIdentificatie.Dagtekening, [geboortedatumClient(b.Client.Geboortedatum.Datum)]),
    '323': (b) =>
      nietNaDagtekening(b.Header.BerichtIdentificatie.Dagtekening, [
        {
          datum: b.Declaratie.DeclaratiePeriode.Begindatum,
          pad: '/Bericht/Declaratie/DeclaratiePeriode/Begindatum',
          wat: 'De Begindatum van de DeclaratiePeriode',
        },
        ...[...prestaties(b)].map(
          (p): Datumveld => ({
            datum: p.item.ProductPeriode.Begindatum,
            pad: `${p.pad}/ProductPeriode/Begindatum`,
            wat: 'De Begindatum van de ProductPeriode',
          }),
        ),
      ]),
    // The 325 is ours: checked as a self-check of the declaratie-antwoord we generate.
    '325': (b) =>
      nietNaDagtekening(
        b.Header.BerichtIdentificatie.Dagtekening,
        [...prestaties325(b)].map(
          (p): Datumveld => ({
            datum: p.item.ProductPeriode.Begindatum,
            pad: `${p.pad}/ProductPeriode/Begindatum`,
            wat: 'De Begindatum van de ProductPeriode',
          }),
        ),
      ),
  },
});
