/**
 * The envelopes we answer a GGK Di01 with:
 *
 * - `Du01` (envelopRetourbericht-ggk_Du01): the retour message, base64, `crossRefnummer` = the Di01's
 *   referentienummer, `functie` = the retour's type (`JW325`);
 * - `Fo01` (StUF Fo01Bericht): a chain error code (StUF055, IB007, IB009, IB216) with a Dutch
 *   description; `details` = functie + '-' + applicatieVersie + applicatieSubversie of the Di01;
 * - `Bv03` (StUF Bv03Bericht): "received" without a retour yet. StUF defines Bv03 as the synchronous
 *   answer to an asynchronous message, and the GGK service description answers `ggk_Di01` with it;
 *   a Du01 cannot be sent without its message (parameters/bericht is required), so when the retour
 *   is not ready in time (a 323 whose prestaties wait for a person) the Du01 follows later.
 *
 * Optionally wrapped in a SOAP 1.1/1.2 envelope; a Fo01 then travels in a SOAP Fault's detail.
 */
import { NS, type SoapVersie, type Systeem } from './envelop.js';
import { GGK_FOUTCODES, type GgkFoutcode } from './foutcodes.js';

/** How we sign our envelopes: the application's name and version (four digits each, as the chain wants). */
export const IWJ_APPLICATIE = { naam: 'iwj', versie: '0001', subversie: '0000' } as const;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** At most n characters (code points), for the schema's maxLength. */
const kort = (s: string, n: number): string => {
  const tekens = [...s];
  return tekens.length <= n ? s : `${tekens.slice(0, n - 1).join('')}…`;
};

/** `yyyyMMddHHmmssSSS` in Dutch time: StUF's Tijdstip. */
export function stufTijdstip(moment = new Date()): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((d) => [d.type, d.value]),
  );
  return `${p['year']}${p['month']}${p['day']}${p['hour']}${p['minute']}${p['second']}${String(moment.getMilliseconds()).padStart(3, '0')}`;
}

function systeemXml(tag: 'zender' | 'ontvanger', s: Systeem): string {
  return (
    `<StUF:${tag}>` +
    `<StUF:organisatie>${esc(kort(s.organisatie, 200))}</StUF:organisatie>` +
    `<StUF:applicatie>${esc(kort(s.applicatie.length >= 3 ? s.applicatie : `${s.applicatie}---`.slice(0, 3), 50))}</StUF:applicatie>` +
    (s.administratie ? `<StUF:administratie>${esc(kort(s.administratie, 50))}</StUF:administratie>` : '') +
    `</StUF:${tag}>`
  );
}

export interface Adressering {
  /** We: the gemeente the Di01 was addressed to, signed with our application. */
  readonly zender: Systeem;
  /** The sender of the Di01. */
  readonly ontvanger: Systeem;
  /** Our answer's own referentienummer (a UUID). */
  readonly referentienummer: string;
  /** The Di01's referentienummer. */
  readonly crossRefnummer: string;
  readonly tijdstip?: Date;
}

function stuurgegevens(berichtcode: string, a: Adressering, functie?: string): string {
  return (
    `<StUF:berichtcode>${berichtcode}</StUF:berichtcode>` +
    systeemXml('zender', a.zender) +
    systeemXml('ontvanger', a.ontvanger) +
    `<StUF:referentienummer>${esc(kort(a.referentienummer, 40))}</StUF:referentienummer>` +
    `<StUF:tijdstipBericht>${stufTijdstip(a.tijdstip)}</StUF:tijdstipBericht>` +
    `<StUF:crossRefnummer>${esc(kort(a.crossRefnummer, 40))}</StUF:crossRefnummer>` +
    (functie !== undefined ? `<StUF:functie>${esc(kort(functie, 30))}</StUF:functie>` : '')
  );
}

const DECL = '<?xml version="1.0" encoding="UTF-8"?>\r\n';

/** Four digits: `3` → `0003`. */
export const versienr = (n: number | string): string => String(n).replace(/\D/g, '').padStart(4, '0').slice(-4);

export function du01(
  a: Adressering,
  retour: { readonly functie: string; readonly functieVersie: string; readonly functieSubversie: string; readonly bericht: Uint8Array },
  opties: { readonly declaratie?: boolean } = {},
): string {
  const body =
    `<GGK:envelopRetourbericht-ggk_Du01 xmlns:GGK="${NS.GGK}" xmlns:StUF="${NS.StUF}" xmlns:xmime="${NS.xmime}">` +
    `<GGK:stuurgegevens>${stuurgegevens('Du01', a, retour.functie)}</GGK:stuurgegevens>` +
    `<GGK:parameters>` +
    `<GGK:applicatieVersie>${IWJ_APPLICATIE.versie}</GGK:applicatieVersie>` +
    `<GGK:applicatieSubversie>${IWJ_APPLICATIE.subversie}</GGK:applicatieSubversie>` +
    `<GGK:functieVersie>${versienr(retour.functieVersie)}</GGK:functieVersie>` +
    `<GGK:functieSubversie>${versienr(retour.functieSubversie)}</GGK:functieSubversie>` +
    `<GGK:bericht xmime:contentType="application/xml">${Buffer.from(retour.bericht).toString('base64')}</GGK:bericht>` +
    `</GGK:parameters>` +
    `</GGK:envelopRetourbericht-ggk_Du01>`;
  return opties.declaratie === false ? body : DECL + body;
}

export interface Fo01Inhoud {
  readonly code: GgkFoutcode;
  /** What exactly is wrong, in Dutch (added to the code's official description). */
  readonly reden: string;
  /** `functie-applicatieVersieapplicatieSubversie` of the envelope answered (`JW315-00020010`), when known. */
  readonly details?: string;
}

export function fo01(a: Adressering, f: Fo01Inhoud, opties: { readonly declaratie?: boolean } = {}): string {
  const code = GGK_FOUTCODES[f.code];
  const body =
    `<StUF:Fo01Bericht xmlns:StUF="${NS.StUF}">` +
    `<StUF:stuurgegevens>${stuurgegevens('Fo01', a)}</StUF:stuurgegevens>` +
    `<StUF:body>` +
    `<StUF:code>${f.code}</StUF:code>` +
    `<StUF:plek>${code.plek}</StUF:plek>` +
    `<StUF:omschrijving>${esc(kort(`${code.omschrijving}. ${f.reden}`, 200))}</StUF:omschrijving>` +
    (f.details ? `<StUF:details>${esc(kort(f.details, 1000))}</StUF:details>` : '') +
    `</StUF:body>` +
    `</StUF:Fo01Bericht>`;
  return opties.declaratie === false ? body : DECL + body;
}

export function bv03(a: Adressering, opties: { readonly declaratie?: boolean } = {}): string {
  const body = `<StUF:Bv03Bericht xmlns:StUF="${NS.StUF}"><StUF:stuurgegevens>${stuurgegevens('Bv03', a)}</StUF:stuurgegevens></StUF:Bv03Bericht>`;
  return opties.declaratie === false ? body : DECL + body;
}

/** `details` of a Fo01: `JW315-00020010`. */
export function foutDetails(k: { functie?: string; applicatieVersie?: string; applicatieSubversie?: string }): string | undefined {
  if (!k.functie) return undefined;
  return `${k.functie}-${k.applicatieVersie ?? ''}${k.applicatieSubversie ?? ''}`;
}

/** An answer (Du01, Bv03) in the SOAP body. */
export function inSoap(versie: SoapVersie, inhoud: string): string {
  const ns = versie === '1.1' ? NS.soap11 : NS.soap12;
  return `${DECL}<soap:Envelope xmlns:soap="${ns}"><soap:Body>${inhoud}</soap:Body></soap:Envelope>`;
}

/** A Fo01 as a SOAP Fault: faultcode Client/Server (1.1) or Sender/Receiver (1.2), the Fo01 in the detail. */
export function soapFout(versie: SoapVersie, plek: 'client' | 'server', omschrijving: string, fo01Xml: string): string {
  if (versie === '1.1') {
    return (
      `${DECL}<soap:Envelope xmlns:soap="${NS.soap11}"><soap:Body><soap:Fault>` +
      `<faultcode>soap:${plek === 'client' ? 'Client' : 'Server'}</faultcode>` +
      `<faultstring xml:lang="nl">${esc(omschrijving)}</faultstring>` +
      `<detail>${fo01Xml}</detail>` +
      `</soap:Fault></soap:Body></soap:Envelope>`
    );
  }
  return (
    `${DECL}<soap:Envelope xmlns:soap="${NS.soap12}"><soap:Body><soap:Fault>` +
    `<soap:Code><soap:Value>soap:${plek === 'client' ? 'Sender' : 'Receiver'}</soap:Value></soap:Code>` +
    `<soap:Reason><soap:Text xml:lang="nl">${esc(omschrijving)}</soap:Text></soap:Reason>` +
    `<soap:Detail>${fo01Xml}</soap:Detail>` +
    `</soap:Fault></soap:Body></soap:Envelope>`
  );
}
