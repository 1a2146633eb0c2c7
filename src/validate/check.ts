/**
 * The check of one message on its own, with no database or queue: is it XML (`xml`), which message
 * of which standard and release is it, does it fit its schema (`xsd`), and does it keep the rules the
 * standard checks inside one message (`regels`). Pure apart from libxml2's wasm memory.
 *
 * Messages of release 3.2 are checked, and of release 3.0 the legacy declaratie/factuur (WMO303,
 * JW303); any other message of 3.0 or of another release is refused at stage `xml`, saying so.
 */
import type { Finding, Stage } from '../finding.js';
import { berichtRules } from '../rules/index.js';
import { runRule, type Rule, type RuleContext } from '../rules/rule.js';
import type { Berichten } from '../standard/berichten.generated.js';
import { berichttypVoorNamespace, herkenNamespace, releaseVan, type Berichttype } from '../standard/catalogue.js';
import { alleStandaarden, standaarden, type StandaardId } from '../standard/standaard.js';
import type { Berichtnummer } from '../standard/model/berichten.js';
import { lineOf } from '../xml/locate.js';
import { parseBericht } from '../xml/parse.js';
import { inspectProlog, DEFAULT_MAX_MESSAGE_BYTES } from '../xml/prolog.js';
import { parseXml, projectSchemas, validateAgainstSchema, type SchemaSet } from '../xml/validate.js';

export interface CheckResult {
  readonly berichttype: Berichttype | undefined;
  /** The release the message declares by its namespace (also for releases we do not process). */
  readonly release: string | undefined;
  readonly stage: Stage;
  readonly valid: boolean;
  /** The retourcodes this check alone determines: 0001 when an in-message rule failed. */
  readonly retourcodes: readonly string[];
  readonly findings: readonly Finding[];
  /** The typed message, when it was schema-valid. */
  readonly bericht?: Berichten[Berichtnummer];
  /** The decoded text, when it was readable. */
  readonly text?: string;
}

export interface CheckOptions {
  readonly schemas?: SchemaSet;
  readonly maxBytes?: number;
  /** When given, the time of every step (and of every rule) is added to it: for `npm run bench`. */
  readonly meting?: CheckMeting;
}

/** Where a check's time goes, in milliseconds summed over the messages checked with it. */
export interface CheckMeting {
  prolog: number;
  parse: number;
  xsd: number;
  typed: number;
  rules: number;
  /** Per rule code. */
  readonly perRule: Map<string, number>;
}

export function nieuweMeting(): CheckMeting {
  return { prolog: 0, parse: 0, xsd: 0, typed: 0, rules: 0, perRule: new Map() };
}

/** The release the pipeline works in. */
const HUIDIGE_RELEASE = standaarden[0]!.release.naam;

/** `(en van release 3.0 alleen de WMO303)`: the legacy messages of this standard the project still reads. */
function legacyTekst(standaard: StandaardId): string {
  const oud = alleStandaarden.filter((s) => s.id === standaard && s.release.naam !== HUIDIGE_RELEASE);
  if (oud.length === 0) return '';
  return ` (en van ${oud.map((s) => `release ${s.release.naam} alleen ${s.release.berichten.map((n) => `de ${s.berichtPrefix}${n}`).join(', ')}`).join('; ')})`;
}

/** The schema of a message type, relative to the schema set's root: `ijw/3.2/JW323.xsd`. */
export const schemaPath = (t: Berichttype): string => `${t.standaard.nsNaam}/${t.standaard.release.naam}/${t.naam}.xsd`;

function rejected(
  stage: Stage,
  findings: Finding[],
  extra: Partial<Pick<CheckResult, 'berichttype' | 'release' | 'text'>> = {},
): CheckResult {
  return { berichttype: undefined, release: undefined, ...extra, stage, valid: false, retourcodes: [], findings };
}

/** Adds the time since `t` to a step of the meting; returns the time now. */
function tik(m: CheckMeting, stap: Exclude<keyof CheckMeting, 'perRule'>, t: number): number {
  const nu = performance.now();
  m[stap] += nu - t;
  return nu;
}

function alleRegels(regels: readonly Rule<RuleContext>[], bericht: unknown, ctx: RuleContext): Finding[] {
  const uit: Finding[] = [];
  for (const rule of regels) {
    const f = runRule(rule, bericht, ctx);
    if (f.length > 0) uit.push(...f);
  }
  return uit;
}

/** The rules, each timed into `m.perRule`. */
function gemetenRegels(regels: readonly Rule<RuleContext>[], bericht: unknown, ctx: RuleContext, m: CheckMeting): Finding[] {
  const uit: Finding[] = [];
  for (const rule of regels) {
    const t = performance.now();
    uit.push(...runRule(rule, bericht, ctx));
    m.perRule.set(rule.code, (m.perRule.get(rule.code) ?? 0) + performance.now() - t);
  }
  return uit;
}

export function checkBericht(bytes: Uint8Array, options: CheckOptions = {}): CheckResult {
  const m = options.meting;
  let t = m ? performance.now() : 0;
  const prolog = inspectProlog(bytes, options.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
  if (m) t = tik(m, 'prolog', t);
  if (!prolog.ok) return rejected('xml', prolog.findings);
  const text = prolog.text;

  const parsed = parseXml(bytes);
  if (m) t = tik(m, 'parse', t);
  if (!parsed.ok) return rejected('xml', parsed.findings, { text });
  const doc = parsed.doc;
  try {
    const root = doc.root;
    const namespace = root.namespaceUri;
    const berichttype = berichttypVoorNamespace(namespace);
    if (!berichttype || root.name !== 'Bericht') {
      const herkend = herkenNamespace(namespace);
      const release = herkend && releaseVan(herkend.standaard, herkend.release);
      const message = !namespace
        ? `Het hoofdelement ${root.name} heeft geen namespace; dit is geen iWmo- of iJw-bericht.`
        : berichttype
          ? `Het hoofdelement heet ${root.name}; een iStandaarden-bericht begint met het element Bericht.`
          : herkend && !release
            ? `Dit is een ${herkend.bericht}-bericht van release ${herkend.release} van ${herkend.standaard}; hier worden berichten van release ${HUIDIGE_RELEASE} verwerkt${legacyTekst(herkend.standaard)}.`
            : herkend && release && release.release.naam !== HUIDIGE_RELEASE
              ? `Dit is een ${herkend.bericht}-bericht van release ${herkend.release} van ${herkend.standaard}; van release ${herkend.release} leest deze installatie alleen ${release.release.berichten.map((n) => `de ${release.berichtPrefix}${n}`).join(', ')}; andere berichten worden in release ${HUIDIGE_RELEASE} verwerkt.`
              : herkend
                ? `Berichttype ${herkend.bericht} bestaat niet in ${herkend.standaard} ${herkend.release}.`
                : `De namespace ${namespace} is geen bekend iWmo- of iJw-bericht; het berichttype kan niet worden bepaald.`;
      return rejected('xml', [{ rule: 'XML', path: `/${root.name}`, line: 1, message }], {
        release: herkend?.release,
        text,
      });
    }
    const release = berichttype.standaard.release.naam;
    const schemas = options.schemas ?? projectSchemas();
    const xsdFindings = validateAgainstSchema(doc, schemas.validator(schemaPath(berichttype)));
    if (m) t = tik(m, 'xsd', t);
    if (xsdFindings.length > 0) return rejected('xsd', xsdFindings, { berichttype, release, text });

    const bericht = parseBericht(text, berichttype.standaard, berichttype.nummer);
    if (m) t = tik(m, 'typed', t);
    const ctx: RuleContext = { standaard: berichttype.standaard, berichttype };
    const regels = berichtRules(berichttype.naam);
    const findings = m ? gemetenRegels(regels, bericht, ctx, m) : alleRegels(regels, bericht, ctx);
    if (m) tik(m, 'rules', t);
    if (findings.length > 0) {
      return {
        berichttype,
        release,
        stage: 'regels',
        valid: false,
        retourcodes: ['0001'],
        findings: findings.map((f) => ({ ...f, line: lineOf(text, f.path) })),
        bericht,
        text,
      };
    }
    return { berichttype, release, stage: 'ok', valid: true, retourcodes: [], findings: [], bericht, text };
  } finally {
    doc.dispose();
  }
}
