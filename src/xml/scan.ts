/**
 * A small, fast XML scanner for documents libxml2 has already parsed and found well-formed: it
 * reports element starts (local name, offset), text and element ends. It exists because building
 * typed objects from a JS scan is several times faster than walking libxml2's tree through the wasm
 * boundary (measured on the bench corpus: ~29 µs a message for the whole typed object from the scan,
 * ~96 µs only to visit libxml2's elements and read their names and leaf texts) or running a
 * general-purpose parser a second time. It does not check well-formedness; never give it input that
 * libxml2 has not accepted.
 */

export interface ScanHandler {
  open(localName: string, offset: number): void;
  text(value: string): void;
  close(): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function decodeEntity(_: string, e: string): string {
  switch (e) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  }
}

/** Character data as the XML parser delivers it: entities resolved, line ends normalised. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (s.includes('&')) s = s.replace(ENTITY, decodeEntity);
  return s;
}

/**
 * Scans `xml`, calling the handler for each element and, for elements without child elements, their
 * character data. Text between elements (indentation) is never decoded.
 */
export function scan(xml: string, h: ScanHandler): void {
  const n = xml.length;
  let i = xml.indexOf('<');
  // Inside an element that has had no child element yet: its text may be its value.
  let leaf = false;
  // The one raw run of text seen since the element opened (the common case), as [from, to)...
  let from = -1;
  let to = -1;
  // ...or, when comments or CDATA split the content, the decoded text so far.
  let acc: string | null = null;
  // (The pending raw run is added to `acc` inline where needed: a closure here would be made per call.)
  while (i !== -1 && i < n) {
    const c = xml.charCodeAt(i + 1);
    if (c === 63 /* ? */) {
      i = xml.indexOf('?>', i + 2) + 2;
    } else if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', i)) {
        i = xml.indexOf('-->', i + 4) + 3;
      } else if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        if (leaf) {
          if (from !== -1) {
            acc = (acc ?? '') + decodeText(xml.slice(from, to));
            from = -1;
          }
          acc = (acc ?? '') + xml.slice(i + 9, end);
        }
        i = end + 3;
      } else {
        // A DOCTYPE: callers reject documents with one before they get here.
        i = xml.indexOf('>', i + 2) + 1;
      }
    } else if (c === 47 /* / */) {
      if (leaf) {
        if (acc !== null) {
          if (from !== -1) acc += decodeText(xml.slice(from, to));
          h.text(acc);
        } else if (from !== -1) {
          h.text(decodeText(xml.slice(from, to)));
        }
      }
      h.close();
      leaf = false;
      from = -1;
      acc = null;
      i = xml.indexOf('>', i + 2) + 1;
    } else {
      // Start tag: the name runs to whitespace, '/' or '>'; quoted attribute values may hold '>'.
      let j = i + 1;
      let colon = -1;
      while (j < n) {
        const d = xml.charCodeAt(j);
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 47 || d === 62) break;
        if (d === 58 /* : */) colon = j;
        j++;
      }
      h.open(xml.slice((colon === -1 ? i : colon) + 1, j), i);
      let k = j;
      let quote = 0;
      while (k < n) {
        const d = xml.charCodeAt(k);
        if (quote) {
          if (d === quote) quote = 0;
        } else if (d === 34 || d === 39) {
          quote = d;
        } else if (d === 62) {
          break;
        }
        k++;
      }
      from = -1;
      acc = null;
      if (xml.charCodeAt(k - 1) === 47 /* self-closing */) {
        h.close();
        leaf = false;
      } else {
        leaf = true;
      }
      i = k + 1;
    }
    if (i <= 0) break;
    const next = xml.indexOf('<', i);
    if (next === -1) break;
    if (leaf && next > i) {
      if (from !== -1) acc = (acc ?? '') + decodeText(xml.slice(from, to));
      from = i;
      to = next;
    }
    i = next;
  }
}
