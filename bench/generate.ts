/**
 * `npm run bench generate [clientsPerGemeente] [months]`: how fast the fixtures generator makes a
 * region's messages (typed objects and XML), streamed, and how much memory the stream keeps.
 */
import { streamRegion } from '../src/fixtures/generate.js';

export async function benchGenerate(args: string[]): Promise<number> {
  const clientsPerGemeente = Number(args[0] ?? 1500);
  const months = Number(args[1] ?? 12);
  if (!Number.isInteger(clientsPerGemeente) || !Number.isInteger(months)) {
    process.stderr.write('bench generate: geef clientsPerGemeente en months als gehele getallen\n');
    return 2;
  }
  const s = streamRegion({ seed: 1, clientsPerGemeente, months, faultRate: 0.02 });
  const start = performance.now();
  let berichten = 0;
  let bytes = 0;
  let heap = 0;
  const perType = new Map<string, number>();
  for (const b of s.berichten()) {
    berichten++;
    bytes += b.xml.length;
    perType.set(b.berichttype, (perType.get(b.berichttype) ?? 0) + 1);
    if (berichten % 10000 === 0) heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  const seconden = (performance.now() - start) / 1000;
  process.stdout.write(
    `generate: ${clientsPerGemeente * s.wereld.gemeenten.length} cliënten, ${months} maanden → ${berichten} berichten, ` +
      `${(bytes / 1e6).toFixed(1)} MB XML in ${seconden.toFixed(2)} s (${Math.round(berichten / seconden)} berichten/s, ` +
      `${(bytes / 1e6 / seconden).toFixed(0)} MB/s); heap tot ${(heap / 1e6).toFixed(0)} MB\n` +
      `  ${[...perType].sort().map(([t, n]) => `${t} ${n}`).join(', ')}\n`,
  );
  return 0;
}
