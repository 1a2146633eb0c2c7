/**
 * Reading a GGK envelope (StUF ggk0210 Di01, or a Du01 carrying a retour to us), bare or in the body
 * of a SOAP 1.1/1.2 envelope: checked against our own schema of the envelope (`xsd/`), with its
 * routing data (stuurgegevens) and the one message it carries, base64-decoded. Hostile XML is
 * refused before libxml2 sees it (no DOCTYPE; the parser loads nothing from outside).
 */
import { fileURLToPath } from 'node:url';
import type { XmlDocument } from 'libxml2-wasm';
import { inspectProlog } from '../xml/prolog.js';
import { parseXml, SchemaSet, validateAgainstSchema } from '../xml/validate.js';
import type { GgkFoutcode } from './foutcodes.js';

export const NS = {
  GGK: 'http://www.stufstandaarden.nl/sectormodel/ggk/0210',
  StUF: 'http://www.egem.nl/StUF/StUF0301',
  xmime: 'http://www.w3.org/2005/05/xmlmime',
  soap11: 'http://schemas.xmlsoap.org/soap/envelope/',
  soap12: 'http://www.w3.org/2003/05/soap-envelope',
} as const;

export type SoapVersie = '1.1' | '1.2';

export interface Systeem {
  readonly organisatie: string;
  readonly applicatie: string;
  readonly administratie?: string;
  readonly gebruiker?: string;
}

export interface Envelop {
  /** Di01: a heen message to us; Du01: a retour to us (a 302 on our 301, a 320 on our 319). */
  readonly berichtcode: 'Di01' | 'Du01';
  readonly zender: Systeem;
  readonly ontvanger: Systeem;
  readonly referentienummer: string;
  readonly crossRefnummer?: string;
  readonly tijdstipBericht: string;
  /** The message type it says it carries: `WMO305`, `JW323`. */
  readonly functie: string;
  readonly applicatieVersie: string;
  readonly applicatieSubversie: string;
  readonly functieVersie: string;
  readonly functieSubversie: string;
  readonly contentType: string;
  readonly bestandsnaam?: string;
}

/** What is known of an envelope even when it is refused: to address the Fo01. */
export interface EnvelopKenmerken {
  readonly zender?: Systeem;
  readonly ontvanger?: Systeem;
  readonly referentienummer?: string;
  readonly functie?: string;
  readonly applicatieVersie?: string;
  readonly applicatieSubversie?: string;
}

export type EnvelopLezing =
  | { readonly ok: true; readonly envelop: Envelop; readonly bericht: Buffer; readonly soap?: SoapVersie }
  | { readonly ok: false; readonly code: GgkFoutcode; readonly reden: string; readonly kenmerken: EnvelopKenmerken; readonly soap?: SoapVersie };

const XSD_DIR = fileURLToPath(new URL('./xsd/', import.meta.url));
let schemas: SchemaSet | undefined;
/** Our own schemas of the envelope, loaded on first use. */
export function envelopSchemas(): SchemaSet {
  schemas ??= new SchemaSet(XSD_DIR);
  return schemas;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GGK_ELEMENTEN = new Set(['envelopHeenbericht-ggk_Di01', 'envelopRetourbericht-ggk_Du01']);

/** The text of the first element at this path below the envelope (`stuurgegevens/zender/organisatie`). */
function tekst(doc: XmlDocument, basis: string, pad: string): string | undefined {
  const stappen = pad
    .split('/')
    .map((s) => `*[local-name()='${s}']`)
    .join('/');
  const node = doc.get(`${basis}/${stappen}`);
  const v = node?.content.trim();
  return v === undefined || v === '' ? undefined : v;
}

function systeem(doc: XmlDocument, basis: string, wie: 'zender' | 'ontvanger'): Systeem | undefined {
  const organisatie = tekst(doc, basis, `stuurgegevens/${wie}/organisatie`);
  const applicatie = tekst(doc, basis, `stuurgegevens/${wie}/applicatie`);
  if (organisatie === undefined && applicatie === undefined) return undefined;
  const administratie = tekst(doc, basis, `stuurgegevens/${wie}/administratie`);
  const gebruiker = tekst(doc, basis, `stuurgegevens/${wie}/gebruiker`);
  return {
    organisatie: organisatie ?? '',
    applicatie: applicatie ?? '',
    ...(administratie ? { administratie } : {}),
    ...(gebruiker ? { gebruiker } : {}),
  };
}

function kenmerken(doc: XmlDocument, basis: string): EnvelopKenmerken {
  const k = {
    zender: systeem(doc, basis, 'zender'),
    ontvanger: systeem(doc, basis, 'ontvanger'),
    referentienummer: tekst(doc, basis, 'stuurgegevens/referentienummer'),
    functie: tekst(doc, basis, 'stuurgegevens/functie'),
    applicatieVersie: tekst(doc, basis, 'parameters/applicatieVersie'),
    applicatieSubversie: tekst(doc, basis, 'parameters/applicatieSubversie'),
  };
  return Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined)) as EnvelopKenmerken;
}

/**
 * What can be read from the start of an envelope that is too large to read whole (for the Fo01
 * IB007 that answers it): the referentienummer, zender and functie, when they come early.
 */
export function kenmerkenUitBegin(begin: Buffer): EnvelopKenmerken {
  const text = begin.toString('utf8');
  const veld = (naam: string, binnen?: string): string | undefined => {
    const deel = binnen ? (new RegExp(`<(?:\\w+:)?${binnen}[\\s>][\\s\\S]*?</(?:\\w+:)?${binnen}>`).exec(text)?.[0] ?? '') : text;
    const v = new RegExp(`<(?:\\w+:)?${naam}(?:\\s[^>]*)?>([^<]{1,200})</(?:\\w+:)?${naam}>`).exec(deel)?.[1]?.trim();
    return v || undefined;
  };
  const org = veld('organisatie', 'zender');
  const app = veld('applicatie', 'zender');
  const oOrg = veld('organisatie', 'ontvanger');
  const oApp = veld('applicatie', 'ontvanger');
  const k = {
    zender: org || app ? { organisatie: org ?? '', applicatie: app ?? '' } : undefined,
    ontvanger: oOrg || oApp ? { organisatie: oOrg ?? '', applicatie: oApp ?? '' } : undefined,
    referentienummer: veld('referentienummer'),
    functie: veld('functie'),
  };
  return Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined)) as EnvelopKenmerken;
}

const fout = (code: GgkFoutcode, reden: string, k: EnvelopKenmerken = {}, soap?: SoapVersie): EnvelopLezing => ({
  ok: false,
  code,
  reden,
  kenmerken: k,
  ...(soap ? { soap } : {}),
});

export function leesEnvelop(bytes: Buffer, maxBytes: number): EnvelopLezing {
  const prolog = inspectProlog(bytes, maxBytes);
  if (!prolog.ok) return fout('StUF055', `De envelop is niet leesbaar: ${prolog.findings[0]!.message}`, kenmerkenUitBegin(bytes.subarray(0, 65536)));
  const parsed = parseXml(bytes);
  if (!parsed.ok) return fout('StUF055', `De envelop is geen goedgevormde XML: ${parsed.findings[0]!.message}`, kenmerkenUitBegin(bytes.subarray(0, 65536)));
  const doc = parsed.doc;
  try {
    const root = doc.root;
    let soap: SoapVersie | undefined;
    let basis = '/*';
    if (root.name === 'Envelope' && (root.namespaceUri === NS.soap11 || root.namespaceUri === NS.soap12)) {
      soap = root.namespaceUri === NS.soap11 ? '1.1' : '1.2';
      basis = "/*/*[local-name()='Body']/*[1]";
    }
    const element = doc.get(basis);
    const naam = element && 'name' in element ? String((element as { name: string }).name) : root.name;
    const ns = element && 'namespaceUri' in element ? String((element as { namespaceUri: string }).namespaceUri) : root.namespaceUri;
    const k = kenmerken(doc, basis);
    if (!GGK_ELEMENTEN.has(naam) || ns !== NS.GGK) {
      return fout(
        'StUF055',
        `Dit is geen GGK-envelop: verwacht is envelopHeenbericht-ggk_Di01 (of envelopRetourbericht-ggk_Du01) in namespace ${NS.GGK}, niet ${naam}.`,
        k,
        soap,
      );
    }
    const schema = soap === '1.1' ? 'soap11.xsd' : soap === '1.2' ? 'soap12.xsd' : 'ggk.xsd';
    const xsd = validateAgainstSchema(doc, envelopSchemas().validator(schema));
    if (xsd.length > 0) {
      const eerste = xsd[0]!;
      return fout('StUF055', `De envelop voldoet niet aan het schema (${eerste.path}): ${eerste.message.replace(/^Het bericht voldoet niet aan het schema: /, '')}`, k, soap);
    }
    const berichtcode = tekst(doc, basis, 'stuurgegevens/berichtcode') as 'Di01' | 'Du01';
    const referentienummer = k.referentienummer!;
    if (!UUID.test(referentienummer)) {
      return fout('IB009', `Het referentienummer '${referentienummer.slice(0, 40)}' is geen UUID.`, k, soap);
    }
    const crossRefnummer = tekst(doc, basis, 'stuurgegevens/crossRefnummer');
    const berichtNode = doc.get(`${basis}/*[local-name()='parameters']/*[local-name()='bericht']`)!;
    const attr = (local: string, nsUri: string): string | undefined => {
      const a = doc.get(`${basis}/*[local-name()='parameters']/*[local-name()='bericht']/@*[local-name()='${local}' and namespace-uri()='${nsUri}']`);
      return a?.content;
    };
    const contentType = attr('contentType', NS.xmime) ?? '';
    if (!/^(application|text)\/([a-z0-9.+-]*\+)?xml(\s*;.*)?$/i.test(contentType.trim())) {
      return fout('StUF055', `De envelop bevat geen XML-bericht (xmime:contentType '${contentType.slice(0, 60)}'); hier worden alleen iWmo- en iJw-berichten aangenomen.`, k, soap);
    }
    const bestandsnaam = attr('bestandsnaam', NS.StUF);
    const bericht = Buffer.from(berichtNode.content.replace(/\s+/g, ''), 'base64');
    if (bericht.length === 0) return fout('StUF055', 'De envelop bevat een leeg bericht (parameters/bericht).', k, soap);
    const envelop: Envelop = {
      berichtcode,
      zender: k.zender!,
      ontvanger: k.ontvanger!,
      referentienummer,
      ...(crossRefnummer ? { crossRefnummer } : {}),
      tijdstipBericht: tekst(doc, basis, 'stuurgegevens/tijdstipBericht')!,
      functie: k.functie!,
      applicatieVersie: k.applicatieVersie!,
      applicatieSubversie: k.applicatieSubversie!,
      functieVersie: tekst(doc, basis, 'parameters/functieVersie')!,
      functieSubversie: tekst(doc, basis, 'parameters/functieSubversie')!,
      contentType: contentType.trim(),
      ...(bestandsnaam ? { bestandsnaam } : {}),
    };
    return { ok: true, envelop, bericht, ...(soap ? { soap } : {}) };
  } finally {
    doc.dispose();
  }
}
