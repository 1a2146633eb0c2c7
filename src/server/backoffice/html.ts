/**
 * HTML from tagged templates: every interpolated value is escaped unless it is already `Html`
 * (the result of another template, or `veilig(...)` for markup we built ourselves). Arrays are
 * joined; null, undefined and false render as nothing.
 */
export class Html {
  constructor(readonly tekst: string) {}
  toString(): string {
    return this.tekst;
  }
}

const TEKENS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => TEKENS[c]!);
}

function render(v: unknown): string {
  if (v instanceof Html) return v.tekst;
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  return escape(String(v));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Markup we built ourselves and trust (SVG from the chart module, the highlighted XML). */
export const veilig = (s: string): Html => new Html(s);
