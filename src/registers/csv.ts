/**
 * Reading a CSV file as a backoffice delivers it (RFC 4180 and what Excel makes of it): UTF-8 with
 * or without BOM, `,` or `;` separated (detected from the header row), quoted fields with `""`
 * escapes and embedded separators and newlines, CRLF or LF. Every record keeps the physical line it
 * starts on, counting the header as line 1, so errors point at the line an editor shows.
 */
import type { RegisterError } from './register-error.js';

export type Separator = ',' | ';';

export interface CsvRecord {
  /** Physical line the record starts on (the header is line 1). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvFile {
  readonly separator: Separator;
  readonly header: CsvRecord;
  /** The data records, blank lines (and rows of only empty fields) left out. */
  readonly records: readonly CsvRecord[];
}

export type CsvResult = { readonly ok: true; readonly file: CsvFile } | { readonly ok: false; readonly errors: readonly RegisterError[] };

/** For a lead byte: how many continuation bytes follow and the range of the first; 0 when invalid. */
function sequence(b: number): readonly [need: number, lo: number, hi: number] {
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80, 0xbf];
  if (b === 0xe0) return [2, 0xa0, 0xbf];
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return [2, 0x80, 0xbf];
  if (b === 0xed) return [2, 0x80, 0x9f];
  if (b === 0xf0) return [3, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [3, 0x80, 0xbf];
  if (b === 0xf4) return [3, 0x80, 0x8f];
  return [0, 0, 0];
}

/** Offset of the first byte that is not valid UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes as RFC 3629 allows them: no overlong forms, no surrogates, nothing above U+10FFFF.
    const [need, lo, hi] = sequence(b);
    if (need === 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

const OPSLAAN_ALS_UTF8 = "Sla het bestand op als 'CSV UTF-8' (in Excel: Opslaan als › CSV UTF-8 (door komma's gescheiden)) en importeer het opnieuw.";

/** The text of the file, or why it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { readonly text: string } | { readonly error: RegisterError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: { line: 1, message: `Het bestand is in UTF-16 gecodeerd, niet in UTF-8. ${OPSLAAN_ALS_UTF8}` } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      error: {
        line: lineOfOffset(bytes, nul),
        message: `Het bestand bevat nul-bytes: het is geen tekstbestand in UTF-8 (mogelijk UTF-16 of een Excel-werkmap). ${OPSLAAN_ALS_UTF8}`,
      },
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      error: {
        line: lineOfOffset(bytes, bad),
        message: `Het bestand is niet in UTF-8 gecodeerd (ongeldige byte 0x${byte}), waarschijnlijk Windows-1252/ANSI. ${OPSLAAN_ALS_UTF8}`,
      },
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: new TextDecoder('utf-8').decode(bytes.subarray(start)) };
}

/** The separator of the header row: the one of `;` and `,` that occurs most outside quotes (`,` on a tie). */
export function detectSeparator(text: string): Separator {
  let comma = 0;
  let semicolon = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') comma++;
    else if (!quoted && ch === ';') semicolon++;
  }
  return semicolon > comma ? ';' : ',';
}

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/**
 * Splits text into records. Quoting mistakes (a quote inside an unquoted field, text after a closing
 * quote, a quote that is never closed) are errors on the line where they occur.
 */
export function tokenize(text: string, separator: Separator): { records: CsvRecord[]; errors: RegisterError[] } {
  const records: CsvRecord[] = [];
  const errors: RegisterError[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  /** The field was quoted and its closing quote has been read. */
  let closed = false;
  let wasQuoted = false;
  let quoteLine = 1;

  const endField = (): void => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    closed = false;
    wasQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    if (!isBlank(fields)) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === separator) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (ch === '"') {
      if (!wasQuoted && field.trim() === '') {
        quoted = true;
        wasQuoted = true;
        field = '';
        quoteLine = line;
      } else {
        errors.push({
          line,
          message: 'Aanhalingsteken midden in een veld: zet het hele veld tussen aanhalingstekens en schrijf een aanhalingsteken erin dubbel ("").',
        });
        field += ch;
      }
    } else if (closed) {
      if (ch.trim() !== '') {
        errors.push({ line, message: 'Tekst na het sluitende aanhalingsteken van een veld: staat er een aanhalingsteken te veel?' });
        closed = false;
      }
    } else {
      field += ch;
    }
  }
  if (quoted) {
    errors.push({ line: quoteLine, message: 'Een aanhalingsteken wordt nergens gesloten: het veld loopt door tot het einde van het bestand.' });
    return { records, errors };
  }
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return { records, errors };
}

/** Decode, detect the separator, split into header and records. */
export function readCsv(bytes: Uint8Array): CsvResult {
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) return { ok: false, errors: [decoded.error] };
  const separator = detectSeparator(decoded.text);
  const { records, errors } = tokenize(decoded.text, separator);
  if (errors.length > 0) return { ok: false, errors };
  const [header, ...rest] = records;
  if (!header || header.line !== 1) {
    return { ok: false, errors: [{ line: 1, message: 'Het bestand begint niet met een kopregel met de kolomnamen.' }] };
  }
  return { ok: true, file: { separator, header, records: rest } };
}
