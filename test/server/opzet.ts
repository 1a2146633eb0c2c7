/**
 * The set-up of the ingestion edge tests: a fresh PostgreSQL database, channels with API keys, the
 * app with the batch and GGK routes on the in-process pipeline, and messages of the standard's
 * examples made unique (a new Identificatie), so no test sees another test's message as a repeat.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ToegangRepository, type Recht } from '../../src/db/repositories/toegang.js';
import type { AanleverLimieten } from '../../src/ingest/limieten.js';
import type { Aanlevering } from '../../src/pipeline/aanlevering.js';
import { inlineAanlevering } from '../../src/pipeline/inline.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { buildApp, type App } from '../../src/server/app.js';
import { batchRoutes } from '../../src/server/batch-routes.js';
import { ggkRoutes, type GgkRoutesDeps } from '../../src/server/ggk-routes.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { REFERENCE_DIR } from '../reference.js';

export interface Opzet {
  readonly t: TestDatabase;
  readonly deps: StageDeps;
  readonly aanlevering: Aanlevering;
  readonly outbox: string;
  sleutel(naam: string, rechten?: readonly Recht[]): Promise<string>;
  app(opties?: { aanlevering?: Aanlevering; limieten?: AanleverLimieten; ggk?: Partial<GgkRoutesDeps> }): Promise<App>;
  opruimen(): Promise<void>;
}

export async function maakOpzet(label: string): Promise<Opzet> {
  const t = await createTestDatabase(label);
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), `iwj-${label}-`));
  const deps: StageDeps = { database: t, eigenGemeenten: new Set(['0363', '0599']), vandaag: '2026-05-01', outboxDir: outbox };
  const fouten: unknown[] = [];
  const aanlevering = inlineAanlevering(deps, (e) => fouten.push(e));
  const apps: App[] = [];
  return {
    t,
    deps,
    aanlevering,
    outbox,
    async sleutel(naam, rechten = ['aanleveren', 'lezen']) {
      return (await new ToegangRepository(t.db).maakApiKey(naam, rechten)).sleutel;
    },
    async app(o = {}) {
      const a = o.aanlevering ?? aanlevering;
      const app = await buildApp({
        database: t,
        api: [batchRoutes({ database: t, aanlevering: a, limieten: o.limieten }), ggkRoutes({ database: t, aanlevering: a, ...o.ggk })],
      });
      apps.push(app);
      return app;
    },
    async opruimen() {
      for (const a of apps) await a.close();
      await aanlevering.klaar?.();
      await t.drop();
      fs.rmSync(outbox, { recursive: true, force: true });
      if (fouten.length > 0) throw new Error(`de pipeline faalde: ${fouten.map(String).join('; ')}`);
    },
  };
}

let teller = 0;

/** The standard's example of this message type, with an Identificatie of its own. */
export function voorbeeld(naam: string): Buffer {
  const std = naam.startsWith('WMO') ? 'iwmo' : 'ijw';
  const xml = fs.readFileSync(path.join(REFERENCE_DIR, std, '3.2', 'voorbeelden', `${naam}.xml`), 'utf8');
  const id = `T${process.pid % 1000}${(++teller).toString().padStart(4, '0')}`;
  return Buffer.from(xml.replace(/(<(?:\w+:)?Identificatie>)[^<]*(<)/, `$1${id}$2`));
}

export const auth = (sleutel: string) => ({ authorization: `Bearer ${sleutel}` });
