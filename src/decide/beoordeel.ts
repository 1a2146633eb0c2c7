/**
 * From findings to a Beoordeling: which parts are rejected with which retourcodes, which wait for a
 * person, and for a 323 the decision per prestatie. Pure.
 *
 * - A finding with a retourcode whose rule has gevolg `afkeuren` rejects the part it lies in; on the
 *   header, the whole message; on the Declaratie itself (323), the whole declaratie; on a Client of a
 *   323, every prestatie of that client.
 * - A finding of a rule with gevolg `onderzoek` puts the part in onderzoek (a person decides).
 * - In-message rule failures (stage `regels`) reject the message as a whole with 0001.
 * - The legacy 303 (release 3.0) is judged per prestatie as the 323 is, but gets no retour (the 304
 *   is not part of this pipeline): a rejecting finding of a rule without a retourcode (LG001, the
 *   303 after 2020) rejects its part too, recorded under the rule's code.
 */
import type { Finding } from '../finding.js';
import { rules } from '../rules/index.js';
import { gevolgOp, type Gevolg } from '../rules/rule.js';
import type { Berichttype } from '../standard/catalogue.js';
import type { Bericht303, Bericht323 } from '../standard/berichten.generated.js';
import type { Berichtnummer } from '../standard/model/berichten.js';
import { prestaties, prestaties303 } from '../rules/paden.js';
import type { Beoordeling, PrestatieStatus } from './beoordeling.js';
import { deelVan, HEADER } from './delen.js';

const ruleVan = new Map(rules.map((r) => [r.code, r]));

/**
 * The gevolg of a finding: that of its rule (on our own outgoing messages a rejection means: hold
 * back); schema and XML findings reject.
 */
export function gevolg(f: Finding, berichttype?: Berichttype): Gevolg {
  const rule = ruleVan.get(f.rule);
  if (!rule) return 'afkeuren';
  return berichttype ? gevolgOp(rule, berichttype) : rule.gevolg;
}

const uniek = (codes: Iterable<string>): string[] => [...new Set(codes)];

/** The message rejected as a whole by in-message rules: header-only retour with 0001. */
export function afgekeurdOpRegels(): Beoordeling {
  return { header: ['0001'], delen: new Map() };
}

/** Messages judged per part that get no retour: their rejections are recorded by rule code where no retourcode exists. */
const ZONDER_RETOUR: ReadonlySet<Berichtnummer> = new Set(['303']);

/** The prestaties of a declaratie message (323, or the legacy 303) with their declared amount, by path. */
function declaratiePrestaties(nummer: Berichtnummer, bericht: unknown): { pad: string; bedrag: number }[] | undefined {
  if (nummer === '323') return [...prestaties(bericht as Bericht323)].map((p) => ({ pad: p.pad, bedrag: p.item.IngediendBedrag.Bedrag }));
  if (nummer === '303') {
    return [...prestaties303(bericht as Bericht303)].map((p) => ({ pad: p.pad, bedrag: p.item.IngediendeBedragPrestatie.DeclaratieFactuurBedrag.Bedrag }));
  }
  return undefined;
}

export function beoordeel(nummer: Berichtnummer, bericht: unknown, findings: readonly Finding[]): Beoordeling {
  const header: string[] = [];
  const delen = new Map<string, string[]>();
  const onderzoek = new Set<string>();
  for (const f of findings) {
    const rule = ruleVan.get(f.rule);
    const g = rule ? (rule.gevolgPer?.[nummer] ?? rule.gevolg) : 'afkeuren';
    const deel = deelVan(nummer, f.path);
    if (g === 'onderzoek') onderzoek.add(deel);
    const code = f.retourcode ?? (ZONDER_RETOUR.has(nummer) ? f.rule : undefined);
    if (g !== 'afkeuren' || code === undefined) continue;
    if (deel === HEADER) header.push(code);
    else delen.set(deel, [...(delen.get(deel) ?? []), code]);
  }
  for (const [k, v] of delen) delen.set(k, uniek(v));
  const wachtend = [...onderzoek].filter((d) => !delen.has(d));
  const lijst = declaratiePrestaties(nummer, bericht);
  if (!lijst) return { header: uniek(header), delen, ...(wachtend.length > 0 ? { inOnderzoek: wachtend } : {}) };

  // The 323's Declaratie is a part of its own; the 303 keeps its declaratie in the header.
  const declaratie = delen.get('/Bericht/Declaratie') ?? [];
  const perPrestatie = new Map<string, { status: PrestatieStatus; toegekendBedrag: number }>();
  for (const p of lijst) {
    const clientPad = p.pad.slice(0, p.pad.indexOf('/Prestaties/'));
    const codes = [...(delen.get(p.pad) ?? []), ...(delen.get(clientPad) ?? [])];
    const afgewezen = header.length > 0 || declaratie.length > 0 || codes.length > 0;
    const inOnderzoek =
      !afgewezen && (onderzoek.has(p.pad) || onderzoek.has(clientPad) || onderzoek.has('/Bericht/Declaratie') || onderzoek.has(HEADER));
    perPrestatie.set(p.pad, {
      status: afgewezen ? 'afgewezen' : inOnderzoek ? 'in-onderzoek' : 'toegekend',
      toegekendBedrag: afgewezen || inOnderzoek ? 0 : p.bedrag,
    });
  }
  const prestatiesInOnderzoek = [...perPrestatie].filter(([, v]) => v.status === 'in-onderzoek').map(([k]) => k);
  return {
    header: uniek(header),
    ...(declaratie.length > 0 ? { declaratie: uniek(declaratie) } : {}),
    delen,
    ...(prestatiesInOnderzoek.length > 0 ? { inOnderzoek: prestatiesInOnderzoek } : {}),
    prestaties: perPrestatie,
  };
}

/** Does any part wait for a person? Then no retour can be made yet (325: within 10 working days). */
export function wachtOpOnderzoek(b: Beoordeling): boolean {
  return b.header.length === 0 && (b.inOnderzoek?.length ?? 0) > 0;
}

/** Does any finding hold our own outgoing message back? */
export function tegengehouden(findings: readonly Finding[], berichttype: Berichttype): boolean {
  return findings.some((f) => gevolg(f, berichttype) === 'tegenhouden');
}
