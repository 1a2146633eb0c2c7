/**
 * What must hold before a byte sequence is handed to an XML parser at all: not empty, not too large,
 * UTF-8 (with or without BOM), and no DOCTYPE (the door to entity expansion and external entities).
 */
import type { Finding } from '../finding.js';

export const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type PrologResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly findings: Finding[] };

const fout = (message: string): PrologResult => ({ ok: false, findings: [{ rule: 'XML', path: '/', message }] });

export function inspectProlog(bytes: Uint8Array, maxBytes = DEFAULT_MAX_MESSAGE_BYTES): PrologResult {
  if (bytes.length === 0) return fout('Het bestand is leeg.');
  if (bytes.length > maxBytes) {
    return fout(
      `Het bestand is te groot (${Math.ceil(bytes.length / 1024 / 1024)} MB); per bericht is maximaal ${Math.floor(maxBytes / 1024 / 1024)} MB toegestaan.`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fout('Het bestand is in UTF-16 gecodeerd; berichten moeten in UTF-8 zijn gecodeerd.');
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return fout('Het bestand bevat tekens die geen geldige UTF-8 zijn; berichten moeten in UTF-8 zijn gecodeerd.');
  }
  // Walk the prolog: XML declaration, comments and processing instructions, up to the root element.
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?xml', i) && i === 0) {
      const end = text.indexOf('?>', i);
      if (end === -1) break;
      const decl = text.slice(i, end);
      const enc = /encoding\s*=\s*["']([^"']*)["']/.exec(decl)?.[1];
      if (enc && !/^utf-?8$/i.test(enc)) {
        return fout(`Het bericht is gedeclareerd als ${enc}; berichten moeten in UTF-8 zijn gecodeerd.`);
      }
      i = end + 2;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end === -1) break;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end === -1) break;
      i = end + 3;
    } else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) {
      return fout(
        'Het bericht bevat een DOCTYPE-declaratie. Die is in iStandaarden-berichten niet toegestaan, omdat ze misbruikt kan worden (entiteiten die eindeloos uitvouwen of externe bestanden inlezen); het bericht is niet verwerkt.',
      );
    } else {
      break;
    }
  }
  return { ok: true, text };
}
