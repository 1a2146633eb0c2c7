/**
 * Ending a message that waits in onderzoek as a whole — "Afgehandeld buiten het berichtenverkeer" —
 * through the backoffice's HTTP routes (inject, real PostgreSQL): role, CSRF, mandatory reason,
 * audit, status, and how the rest of the house counts it afterwards (queue, berichtenverkeer,
 * metrics, batch progress). And the 319 antwoordbericht as the bericht page shows it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AfkeurRepository } from '../../src/db/repositories/afkeuren.js';
import { BerichtRepository } from '../../src/db/repositories/berichten.js';
import { MetricsRepository } from '../../src/db/repositories/metrics.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { VerkeerRepository } from '../../src/db/repositories/verkeer.js';
import { beantwoordBatch } from '../../src/pipeline/batch.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import { laadRegisterMap } from '../../src/pipeline/registers-laden.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { voortgangVan } from '../../src/pipeline/voortgang.js';
import { buildApp, type App } from '../../src/server/app.js';
import { backoffice } from '../../src/server/backoffice/index.js';
import type { Bericht315 } from '../../src/standard/berichten.generated.js';
import { berichttypVan } from '../../src/standard/catalogue.js';
import { buildBericht } from '../../src/xml/build.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { heen } from '../retour/heen.js';
import { WACHTWOORD } from './server.js';
import { backofficeSessies } from './sessies.js';

const HIER = '0384';
const ELDERS = '0363';

const jw315 = (id: string, bsn: string, ontvanger = HIER): Buffer => {
  const b: Bericht315 = heen('iJw', '315');
  b.Header.BerichtIdentificatie.Identificatie = id;
  b.Header.Ontvanger = ontvanger;
  b.Client.Bsn = bsn;
  return Buffer.from(buildBericht(berichttypVan('iJw', '315').standaard, '315', b));
};

describe('afhandelen buiten het berichtenverkeer (backoffice, inject, real PostgreSQL)', () => {
  let t: TestDatabase;
  let dir: string;
  let deps: StageDeps;
  let app: App;
  const gebruikers: Record<string, number> = {};
  const ids = new Map<string, number>();
  const { get, post } = backofficeSessies(() => app);
  const bericht = async (naam: string) => (await new BerichtRepository(t.db).get(ids.get(naam)!))!;

  beforeAll(async () => {
    t = await createTestDatabase('afhandelen');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-afhandelen-'));
    const registers = path.join(dir, 'registers');
    fs.mkdirSync(registers);
    fs.writeFileSync(path.join(registers, 'gemeenten.csv'), `gemeentecode,naam,ingangsdatum,einddatum\n${HIER},Diemen,2000-01-01,\n${ELDERS},Amsterdam,2000-01-01,\n`);
    fs.writeFileSync(path.join(registers, 'woonplaats.csv'), `bsn,gemeentecode,ingangsdatum,einddatum\n999900006,${ELDERS},2000-01-01,\n999900018,${HIER},2000-01-01,\n`);
    await laadRegisterMap(t, registers, 'test');
    deps = { database: t, eigenGemeenten: new Set([HIER]), vandaag: '2026-11-22', outboxDir: path.join(dir, 'outbox') };
    const o = await ontvang(deps, { bron: 'cli' }, [
      // Addressed to a gemeente this installation does not work for: HD001 holds it in onderzoek.
      { naam: 'niet-voor-ons.xml', bytes: jw315('N315', '999900018', ELDERS) },
      { naam: 'hier.xml', bytes: jw315('H315', '999900018') },
      { naam: 'elders.xml', bytes: jw315('E315', '999900006') },
    ]);
    for (const b of o.berichten) ids.set(b.naam, b.berichtId);
    await verwerk(deps, o.berichten.map((b) => b.berichtId));

    const toegang = new ToegangRepository(t.db);
    for (const rol of ['medewerker', 'contractmanager'] as const) {
      gebruikers[rol] = (await toegang.maakGebruiker({ gebruikersnaam: rol, naam: `Test ${rol}`, wachtwoord: WACHTWOORD, rollen: [rol] })).id;
    }
    app = await buildApp({ database: t, root: [backoffice({ database: t, veiligeCookies: false, vandaag: () => deps.vandaag })] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await t?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a message held in onderzoek as a whole offers the action on its page, and is open in the queue', async () => {
    expect((await bericht('niet-voor-ons.xml')).status).toBe('in-onderzoek');
    const pagina = await get('medewerker', `/berichten/${ids.get('niet-voor-ons.xml')}`);
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain(`action="/berichten/${ids.get('niet-voor-ons.xml')}/afhandelen"`);
    expect(pagina.body).toContain('Afgehandeld buiten het berichtenverkeer');
    const open = await new AfkeurRepository(t.db).alle({ behandeling: 'open', soort: 'bericht' });
    expect(open.find((i) => i.berichtId === ids.get('niet-voor-ons.xml'))?.status).toBe('in-onderzoek');
    // An answered message does not offer it.
    expect((await get('medewerker', `/berichten/${ids.get('hier.xml')}`)).body).not.toContain('/afhandelen"');
  });

  it('refuses another role (403, audited), a post without the CSRF token (403), and a post without a reason (400); nothing changes', async () => {
    const url = `/berichten/${ids.get('niet-voor-ons.xml')}/afhandelen`;
    expect((await post('contractmanager', url, { reden: 'doorgestuurd' })).statusCode).toBe(403);
    const geweigerd = await new ToegangRepository(t.db).auditLog({ onderwerp: 'pagina', limit: 20 });
    expect(geweigerd.some((a) => a.actie === 'geweigerd' && a.wie === `gebruiker:${gebruikers['contractmanager']}`)).toBe(true);
    expect((await post('medewerker', url, { reden: 'doorgestuurd' }, false)).statusCode).toBe(403);
    const zonder = await post('medewerker', url, { reden: '   ' });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.body).toContain('Geef een reden op');
    expect((await bericht('niet-voor-ons.xml')).status).toBe('in-onderzoek');
    expect((await new ToegangRepository(t.db).auditLog({ onderwerp: 'bericht', onderwerpId: String(ids.get('niet-voor-ons.xml')) })).some((a) => a.actie === 'afgehandeld')).toBe(false);
  });

  it('a medewerker ends it with a reason: status afgehandeld, one audit entry, no retour, shown on the page', async () => {
    const id = ids.get('niet-voor-ons.xml')!;
    const r = await post('medewerker', `/berichten/${id}/afhandelen`, { reden: 'Doorgestuurd naar gemeente Amsterdam; aanbieder gebeld.' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/berichten/${id}?gedaan=afgehandeld`);
    const rij = await bericht('niet-voor-ons.xml');
    expect(rij).toMatchObject({ status: 'afgehandeld', fase: 'retour' });
    expect(voortgangVan(rij)).toBe('afgerond');
    const audit = (await new ToegangRepository(t.db).auditLog({ onderwerp: 'bericht', onderwerpId: String(id) })).filter((a) => a.actie === 'afgehandeld');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ wie: `gebruiker:${gebruikers['medewerker']}` });
    expect(audit[0]!.details).toMatchObject({ van: 'in-onderzoek', naar: 'afgehandeld', reden: 'Doorgestuurd naar gemeente Amsterdam; aanbieder gebeld.' });
    expect(await new BerichtRepository(t.db).retourVan(id)).toBeUndefined();
    // The retour stage has nothing to do for it.
    expect(await beantwoordBatch(deps, rij.batchId!)).toBe(0);
    const pagina = await get('medewerker', `/berichten/${id}?gedaan=afgehandeld`);
    expect(pagina.body).toContain('Het bericht is afgehandeld buiten het berichtenverkeer.');
    expect(pagina.body).toContain('Reden: Doorgestuurd naar gemeente Amsterdam; aanbieder gebeld.');
    expect(pagina.body).not.toContain('/afhandelen"');
  });

  it('cannot be ended twice, nor can an answered message be ended', async () => {
    expect((await post('medewerker', `/berichten/${ids.get('niet-voor-ons.xml')}/afhandelen`, { reden: 'nogmaals' })).statusCode).toBe(400);
    expect((await post('medewerker', `/berichten/${ids.get('hier.xml')}/afhandelen`, { reden: 'probeer' })).statusCode).toBe(400);
    expect((await bericht('hier.xml')).status).toBe('beantwoord');
    expect((await post('medewerker', '/berichten/999999/afhandelen', { reden: 'x' })).statusCode).toBe(404);
  });

  it('counts as done: handled in the queue, out of the waiting retours and metrics, its own column in berichtenverkeer', async () => {
    const id = ids.get('niet-voor-ons.xml')!;
    const queue = new AfkeurRepository(t.db);
    expect((await queue.alle({ behandeling: 'open' })).some((i) => i.berichtId === id)).toBe(false);
    const behandeld = (await queue.alle({ behandeling: 'behandeld' })).find((i) => i.berichtId === id);
    expect(behandeld).toMatchObject({ soort: 'bericht', status: 'afgehandeld', behandeld: true });
    expect((await queue.alle({ status: 'afgehandeld' })).map((i) => i.berichtId)).toEqual([id]);
    const verkeer = new VerkeerRepository(t.db);
    expect((await verkeer.wachtOpRetour()).some((w) => w.id === id)).toBe(false);
    const [a] = await verkeer.acceptatie('2000-01-01', '2999-12-31');
    expect(a).toMatchObject({ totaal: 3, afgehandeld: 1, inOnderzoek: 0, geaccepteerd: 2 });
    const stand = await new MetricsRepository(t.db).stand();
    expect(stand.berichten.find((b) => b.status === 'afgehandeld')).toMatchObject({ fase: 'retour', aantal: 1 });
    expect(stand.wachtOpRetour).toEqual([]);
    expect(stand.wachtend.retour).toBe(0);
    const page = await get('medewerker', '/verkeer');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Buiten berichtenverkeer');
  });

  it('the page of a verzoek answered on the woonplaatsbeginsel links its 319, and the 319\'s page names the gemeente', async () => {
    const id = ids.get('elders.xml')!;
    const antwoorden = (await new BerichtRepository(t.db).antwoordenOp(id)).filter((a) => a.berichttype === 'JW319');
    expect(antwoorden.length).toBeGreaterThan(0);
    const pagina = await get('medewerker', `/berichten/${id}`);
    expect(pagina.body).toContain(`href="/berichten/${antwoorden[0]!.id}"`);
    expect(pagina.body).toContain('id="antwoorden"');
    const a319 = await get('medewerker', `/berichten/${antwoorden[0]!.id}`);
    expect(a319.statusCode).toBe(200);
    expect(a319.body).toMatch(/Verzoek afgewezen/i);
    expect(a319.body).toContain('Woonplaatsbeginsel');
    expect(a319.body).toContain(`${ELDERS} (Amsterdam)`);
  });
});
