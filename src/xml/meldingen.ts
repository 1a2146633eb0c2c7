/**
 * libxml2's English diagnostics, told again in Dutch for a backoffice employee. Values of elements
 * that hold personal data (BSN, names, addresses, birth dates) are never repeated in a sentence.
 */

/** Elements whose values are personal data (AVG): a sentence names the element, never its value. */
const PERSOONSGEGEVENS = new Set([
  'Bsn', 'Achternaam', 'Voorvoegsel', 'Voornamen', 'Voorletters', 'Datum', 'Straatnaam', 'Huisnummer',
  'Huisletter', 'HuisnummerToevoeging', 'AanduidingWoonadres', 'Postcode', 'Plaatsnaam', 'Telefoonnummer',
  'Landnummer', 'Emailadres', 'Commentaar', 'Nummer', 'Taal', 'Organisatie', 'Naam',
]);

export function isPersoonsgegeven(element: string): boolean {
  return PERSOONSGEGEVENS.has(element);
}

const localName = (q: string): string => q.replace(/^\{[^}]*\}/, '').replace(/^[^:]*:/, '');
const names = (list: string): string => list.split(',').map((s) => localName(s.trim())).join(', ');

function waarde(element: string, value: string): string {
  return isPersoonsgegeven(element) ? `van ${element}` : `'${value}' van ${element}`;
}

const TYPE_UITLEG: Record<string, string> = {
  LDT_Datum: 'geen geldige datum (formaat JJJJ-MM-DD, zonder tijdzone)',
  LDT_Tijd: 'geen geldige tijd (formaat UU:MM:SS, zonder tijdzone)',
};

/** One schema (xsd) error in Dutch. */
export function xsdMelding(message: string): string {
  const m0 = /^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$/s.exec(message.trim());
  if (!m0) return `Het bericht voldoet niet aan het schema: ${message.trim()}`;
  const el = localName(m0[1]!);
  const attribute = m0[2];
  const rest = m0[3]!.trim();
  let m: RegExpExecArray | null;
  if (attribute) return `Attribuut '${localName(attribute)}' is niet toegestaan op element ${el}.`;
  if ((m = /^This element is not expected\. Expected is \( ([^)]*) \)\.$/.exec(rest))) {
    return `Element ${el} staat hier niet op zijn plaats of hoort hier niet; op deze plek wordt ${names(m[1]!)} verwacht.`;
  }
  if ((m = /^This element is not expected\. Expected is one of \( ([^)]*) \)\.$/.exec(rest))) {
    return `Element ${el} staat hier niet op zijn plaats of hoort hier niet; op deze plek wordt een van deze elementen verwacht: ${names(m[1]!)}.`;
  }
  if (/^This element is not expected\.$/.test(rest)) {
    return `Element ${el} hoort hier niet; na het vorige element mag hier niets meer volgen.`;
  }
  if ((m = /^Missing child element\(s\)\. Expected is \( ([^)]*) \)\.$/.exec(rest))) {
    return `Element ${el} is onvolledig: ${names(m[1]!)} ontbreekt.`;
  }
  if ((m = /^Missing child element\(s\)\. Expected is one of \( ([^)]*) \)\.$/.exec(rest))) {
    return `Element ${el} is onvolledig: een van deze elementen ontbreekt: ${names(m[1]!)}.`;
  }
  if ((m = /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\.$/s.exec(rest))) {
    return `De waarde ${waarde(el, m[1]!)} heeft niet het voorgeschreven formaat (patroon ${m[2]}).`;
  }
  if ((m = /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$/s.exec(rest))) {
    const set = m[2]!.replace(/'/g, '').split(', ');
    const toegestaan = set.length <= 12 ? `; toegestaan: ${set.join(', ')}` : '; zie de codelijst van dit element';
    return `De waarde ${waarde(el, m[1]!)} is geen geldige code${toegestaan}.`;
  }
  if ((m = /^\[facet 'minInclusive'\] The value '(.*)' is less than the minimum value allowed \('(.*)'\)\.$/.exec(rest))) {
    return `De waarde ${waarde(el, m[1]!)} is kleiner dan het minimum ${m[2]}.`;
  }
  if ((m = /^\[facet 'maxInclusive'\] The value '(.*)' is greater than the maximum value allowed \('(.*)'\)\.$/.exec(rest))) {
    return `De waarde ${waarde(el, m[1]!)} is groter dan het maximum ${m[2]}.`;
  }
  if ((m = /^\[facet 'maxLength'\] The value .*has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'\.$/s.exec(rest))) {
    return `De waarde van ${el} is te lang: ${m[1]} tekens, terwijl er maximaal ${m[2]} zijn toegestaan.`;
  }
  if ((m = /^\[facet 'minLength'\] The value .*has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'\.$/s.exec(rest))) {
    return m[1] === '0'
      ? `Element ${el} is leeg, maar moet een waarde hebben.`
      : `De waarde van ${el} is te kort: ${m[1]} tekens, terwijl er minimaal ${m[2]} nodig zijn.`;
  }
  if ((m = /^'(.*)' is not a valid value of the (?:atomic|local atomic) type '([^']*)'\.$/s.exec(rest))) {
    const type = localName(m[2]!);
    const base = /xs:integer|integer/.test(m[2]!) ? 'geen geheel getal' : undefined;
    const uitleg = TYPE_UITLEG[type] ?? base ?? `geen geldige waarde voor ${type}`;
    return `De waarde ${waarde(el, m[1]!)} is ${uitleg}.`;
  }
  if (/^Character content other than whitespace is not allowed because the content type is 'element-only'\.$/.test(rest)) {
    return `Element ${el} mag geen tekst bevatten, alleen onderliggende elementen.`;
  }
  if (/^Element content is not allowed, because the content type is a simple type definition\.$/.test(rest)) {
    return `Element ${el} mag geen onderliggende elementen bevatten, alleen een waarde.`;
  }
  if (/^No matching global declaration available for the validation root\.$/.test(rest)) {
    return `Het hoofdelement ${el} is niet het element Bericht van dit berichttype.`;
  }
  return `Element ${el} voldoet niet aan het schema: ${rest}`;
}

/** One well-formedness (xml) error in Dutch. */
export function xmlMelding(message: string): string {
  const msg = message.trim();
  let m: RegExpExecArray | null;
  if ((m = /^Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)$/.exec(msg))) {
    return `Begin- en eindtag komen niet overeen: <${m[1]}> (regel ${m[2]}) wordt afgesloten met </${m[3]}>.`;
  }
  if (/^(Premature end of data|EndTag: '<\/' not found|Couldn't find end of Start Tag)/.test(msg)) {
    return 'Het bestand houdt halverwege op: het bericht is afgebroken of onvolledig (een element wordt niet afgesloten).';
  }
  if (/^Document is empty|^Start tag expected, '<' not found/.test(msg)) {
    return 'Het bestand bevat geen XML-bericht.';
  }
  if (/^Extra content at the end of the document/.test(msg)) {
    return 'Na het einde van het bericht staat nog inhoud; een bestand mag precies één bericht bevatten.';
  }
  if (/^Input is not proper UTF-8|^Char 0x[0-9A-F]+ out of allowed range|invalid character/i.test(msg)) {
    return 'Het bestand bevat tekens die geen geldige UTF-8 zijn; berichten moeten in UTF-8 zijn gecodeerd.';
  }
  if ((m = /^Namespace prefix (\S+) (?:on (\S+) )?is not defined$/.exec(msg))) {
    return `Het voorvoegsel '${m[1]}' wordt gebruikt zonder dat de bijbehorende namespace is gedeclareerd.`;
  }
  if (/^xmlParseEntityRef: no name|^EntityRef: expecting ';'|^Entity '.*' not defined/.test(msg)) {
    return "Het teken '&' wordt verkeerd gebruikt; schrijf het in tekst als &amp;amp;.";
  }
  if (/^StartTag: invalid element name|^attributes construct error|^Specification mandates value for attribute/.test(msg)) {
    return 'Het bestand bevat een ongeldige tag of een ongeldig attribuut.';
  }
  if (/^Detected an entity reference loop|^Maximum entity amplification|entity.*(loop|amplification)/i.test(msg)) {
    return 'Het bestand probeert entiteiten eindeloos uit te vouwen (een bekende aanvalstechniek) en is geweigerd.';
  }
  return `Het bestand is geen goed gevormde XML: ${msg}`;
}
