/** Reads Prometheus text into `name{labels sorted}` → value, checking every line is well formed. */
export function leesMetrics(tekst: string): Map<string, number> {
  const uit = new Map<string, number>();
  for (const regel of tekst.split('\n')) {
    if (regel === '' || regel.startsWith('# HELP ') || regel.startsWith('# TYPE ')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(regel);
    if (!m) throw new Error(`geen geldige regel: ${regel}`);
    const labels = m[2] ? [...m[2].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((x) => `${x[1]}="${x[2]}"`).sort() : [];
    const waarde = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
    uit.set(labels.length > 0 ? `${m[1]}{${labels.join(',')}}` : m[1]!, waarde);
  }
  return uit;
}
