/**
 * `iwj generate --out <dir> [--seed N] [--clients N] [--months N] [--faults 0.05] [--year J]
 * [--start-month M] [--gemeenten 0983,0984] [--standards iWmo,iJw]`: writes a generated region of
 * Noord-Limburg (registers, messages, manifest) into a directory. Streams, so any size fits.
 */
import { parseArgs } from 'node:util';
import type { StandaardId } from '../standard/standaard.js';
import { streamRegion } from '../fixtures/generate.js';
import { writeFixtures } from '../fixtures/write.js';

export interface GenerateCommandOptions {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
}

function geheel(naam: string, waarde: string | undefined, standaard: number, min: number): number {
  if (waarde === undefined) return standaard;
  const n = Number(waarde);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${naam} moet een geheel getal >= ${min} zijn, niet '${waarde}'`);
  return n;
}

export function runGenerate(args: string[], o: GenerateCommandOptions): number {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      clients: { type: 'string' },
      months: { type: 'string' },
      faults: { type: 'string' },
      year: { type: 'string' },
      'start-month': { type: 'string' },
      gemeenten: { type: 'string' },
      standards: { type: 'string' },
    },
  });
  if (!values.out) {
    o.err.write('iwj generate: geef een uitvoermap met --out <map>\n');
    return 2;
  }
  let opties;
  try {
    const faultRate = values.faults === undefined ? 0 : Number(values.faults);
    if (!(faultRate >= 0 && faultRate <= 1)) throw new Error(`--faults moet tussen 0 en 1 liggen, niet '${values.faults}'`);
    const standards = values.standards?.split(',').map((x) => x.trim()) as StandaardId[] | undefined;
    if (standards?.some((x) => x !== 'iWmo' && x !== 'iJw')) throw new Error(`--standards kent alleen iWmo en iJw, niet '${values.standards}'`);
    opties = {
      seed: geheel('seed', values.seed, 1, 0),
      clientsPerGemeente: geheel('clients', values.clients, 10, 0),
      months: geheel('months', values.months, 3, 1),
      year: geheel('year', values.year, 2025, 2021),
      startMonth: geheel('start-month', values['start-month'], 1, 1),
      faultRate,
      ...(values.gemeenten ? { gemeenten: values.gemeenten.split(',').map((x) => x.trim()) } : {}),
      ...(standards ? { standards } : {}),
    };
    const start = performance.now();
    const r = writeFixtures(values.out, streamRegion(opties));
    const seconden = (performance.now() - start) / 1000;
    o.out.write(
      `iwj generate: ${r.berichten} berichten (${r.fouten} met een ingebrachte fout) van ${r.clienten} cliënten, ` +
        `${(r.bytes / 1e6).toFixed(1)} MB, in ${seconden.toFixed(1)} s naar ${values.out}\n`,
    );
    return 0;
  } catch (e) {
    o.err.write(`iwj generate: ${(e as Error).message}\n`);
    return 2;
  }
}
