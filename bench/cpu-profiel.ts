/**
 * Where a process's CPU time went, from the `.cpuprofile` files `node --cpu-prof` writes: self time
 * per area of the code (a folder of `src/`, a package in `node_modules`, Node itself, the garbage
 * collector), and the costliest functions. For benchmarks; a profile names code, never data.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfielNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface Profiel {
  readonly nodes: readonly ProfielNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfielSamenvatting {
  /** Sampled time (ms), idle excluded. */
  readonly bezigMs: number;
  readonly idleMs: number;
  /** Self time per area, most first. */
  readonly gebieden: readonly { readonly gebied: string; readonly ms: number }[];
  /** Self time per function, most first. */
  readonly functies: readonly { readonly functie: string; readonly ms: number }[];
}

/** `src/xml`, `bullmq`, `node`, `(garbage collector)`, ...: the area a function belongs to. */
export function gebiedVan(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = url.match(/\/(src|bench|workers|bin)\/([^/]+)\//);
  if (src) return `${src[1]}/${src[2]}`;
  const los = url.match(/\/(src|bench|workers|bin)\/[^/]+$/);
  if (los) return los[1]!;
  if (url.startsWith('node:')) return 'node';
  return url;
}

export function vatSamen(bestanden: readonly string[]): ProfielSamenvatting {
  const gebieden = new Map<string, number>();
  const functies = new Map<string, number>();
  let idle = 0;
  let bezig = 0;
  for (const f of bestanden) {
    const p = JSON.parse(fs.readFileSync(f, 'utf8')) as Profiel;
    const perNode = new Map(p.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < p.samples.length; i++) {
      const n = perNode.get(p.samples[i]!);
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      if (!n) continue;
      const { functionName, url, lineNumber } = n.callFrame;
      if (functionName === '(idle)') {
        idle += ms;
        continue;
      }
      bezig += ms;
      const gebied = gebiedVan(url, functionName);
      gebieden.set(gebied, (gebieden.get(gebied) ?? 0) + ms);
      const functie = `${functionName || '(anoniem)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
      functies.set(functie, (functies.get(functie) ?? 0) + ms);
    }
  }
  const sorteer = <K extends string>(m: Map<string, number>, k: K) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([naam, ms]) => ({ [k]: naam, ms }) as { [P in K]: string } & { ms: number });
  return { bezigMs: bezig, idleMs: idle, gebieden: sorteer(gebieden, 'gebied'), functies: sorteer(functies, 'functie') };
}

/** The `.cpuprofile` files in a directory. */
export function profielenIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f)) : [];
}
