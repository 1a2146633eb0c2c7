import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AfkeurRepository, AFKEUR_SORTERINGEN, type AfkeurFilter, type AfkeurItem } from '../../src/db/repositories/afkeuren.js';
import { BerichtRepository } from '../../src/db/repositories/berichten.js';
import { BeslissingRepository } from '../../src/db/repositories/beslissingen.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { beslisPrestatie, beslisPrestaties, BeslisFout, type BackofficeDeps } from '../../src/decide/backoffice.js';
import { vandaagInNederland } from '../../src/pipeline/config.js';
import { naBeslissingInProces } from '../../src/pipeline/na-beslissing.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { maakBackofficeRegio, type BackofficeRegio } from './regio.js';

const sleutel = (i: AfkeurItem): string => `${i.soort}:${i.id}`;

describe('the rejections queue and the decisions on it (real PostgreSQL, a processed region)', () => {
  let t: TestDatabase;
  let r: BackofficeRegio;
  let deps: BackofficeDeps;
  const naBeslissing: number[] = [];
  let repo: AfkeurRepository;

  const rows = async <T = Record<string, unknown>>(q: string): Promise<T[]> => (await t.db.execute(sql.raw(q)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    t = await createTestDatabase('backoffice_beslis');
    r = await maakBackofficeRegio(t);
    deps = {
      database: t,
      naBeslissing: async (id) => {
        naBeslissing.push(id);
        await naBeslissingInProces(r.deps)(id);
      },
    };
    repo = new AfkeurRepository(t.db);
  }, 300_000);

  afterAll(async () => {
    await t?.drop();
    r?.regio.opruimen();
  });

  it('lists every rejected or waiting prestatie, and messages rejected as a whole (answered or not), once each', async () => {
    const alle = await repo.alle({});
    expect(new Set(alle.map(sleutel)).size).toBe(alle.length);
    const prestaties = await rows<{ id: string }>(`select id from prestatie where status in ('afgewezen', 'in-onderzoek') order by id`);
    expect(alle.filter((i) => i.soort === 'prestatie').map((i) => i.id).sort((a, b) => a - b)).toEqual(prestaties.map((p) => Number(p.id)));
    expect(prestaties.length).toBeGreaterThanOrEqual(3);
    const technisch = await rows<{ id: string }>(`select id from bericht where status = 'technisch-afgekeurd'`);
    for (const b of technisch) expect(alle.some((i) => i.soort === 'bericht' && i.id === Number(b.id))).toBe(true);
    // A 323 rejected on its DeclaratieNummer (TR333, 9333) was answered: it stays in the queue as a message.
    const dubbel = alle.find((i) => i.soort === 'bericht' && i.retourcodes.includes('9333'));
    expect(dubbel?.status).toBe('afgekeurd');
    expect((await new BerichtRepository(t.db).retourVan(dubbel!.berichtId))?.berichttype).toMatch(/325$/);
    // A 323 waiting for onderzoek is in the queue through its prestaties, not as a message.
    const wachtend = await rows<{ id: string }>(`select id from bericht where status = 'in-onderzoek' and berichttype like '%323'`);
    expect(wachtend.length).toBeGreaterThan(0);
    for (const b of wachtend) expect(alle.some((i) => i.soort === 'bericht' && i.berichtId === Number(b.id))).toBe(false);
    // Accepted messages are not in it.
    const schoon = await rows<{ id: string }>(`select b.id from bericht b where b.status = 'beantwoord' and not exists (select 1 from bevinding v where v.bericht_id = b.id and v.retourcode is not null) limit 5`);
    for (const b of schoon) expect(alle.some((i) => i.berichtId === Number(b.id))).toBe(false);
  });

  it('filters by gemeente, aanbieder, berichttype, retourcode, status, soort and period, and counts what it lists', async () => {
    const alle = await repo.alle({});
    const p = alle.find((i) => i.soort === 'prestatie' && i.status === 'afgewezen')!;
    const vandaag = vandaagInNederland();
    const filters: [AfkeurFilter, (i: AfkeurItem) => boolean][] = [
      [{ gemeente: p.gemeente! }, (i) => i.gemeente === p.gemeente],
      [{ agb: p.agb! }, (i) => i.agb === p.agb],
      [{ berichttype: p.berichttype! }, (i) => i.berichttype === p.berichttype],
      [{ retourcode: p.retourcodes[0]! }, (i) => i.retourcodes.includes(p.retourcodes[0]!)],
      [{ status: 'in-onderzoek' }, (i) => i.status === 'in-onderzoek'],
      [{ status: 'technisch-afgekeurd' }, (i) => i.status === 'technisch-afgekeurd'],
      [{ soort: 'bericht' }, (i) => i.soort === 'bericht'],
      [{ van: vandaag, tot: vandaag }, () => true],
    ];
    for (const [f, past] of filters) {
      const lijst = await repo.alle(f);
      expect(lijst.length, JSON.stringify(f)).toBeGreaterThan(0);
      expect(lijst.every(past), JSON.stringify(f)).toBe(true);
      expect(lijst.map(sleutel).sort(), JSON.stringify(f)).toEqual(alle.filter(past).map(sleutel).sort());
      expect(await repo.aantal(f)).toBe(lijst.length);
    }
    expect(await repo.alle({ van: '2999-01-01' })).toEqual([]);
    expect(await repo.aantal({ status: 'in-onderzoek', soort: 'start' })).toBe(0);
  });

  it('pages with a keyset: every item exactly once, in the order of the sort, however small the pages', async () => {
    for (const sortering of AFKEUR_SORTERINGEN) {
      const geheel = (await repo.pagina({}, { sortering, grootte: 500 })).items.map(sleutel);
      const stukjes: string[] = [];
      let na;
      for (let n = 0; n < 100; n++) {
        const p = await repo.pagina({}, { sortering, grootte: 2, ...(na ? { na } : {}) });
        stukjes.push(...p.items.map(sleutel));
        if (!p.volgende) break;
        na = p.volgende;
      }
      expect(stukjes, sortering).toEqual(geheel);
      expect(geheel.length).toBe(await repo.aantal({}));
    }
    const nieuw = (await repo.pagina({}, { sortering: 'nieuw', grootte: 500 })).items;
    expect(nieuw.map((i) => i.berichtId)).toEqual([...nieuw.map((i) => i.berichtId)].sort((a, b) => b - a));
    const perAanbieder = (await repo.pagina({}, { sortering: 'aanbieder', grootte: 500 })).items.map((i) => i.agb ?? '');
    expect(perAanbieder).toEqual([...perAanbieder].sort());
  });

  it('refuses an override without a reason, a rejection without a rejecting retourcode, and confirming what waits', async () => {
    const [afgewezen] = await rows<{ id: string }>(`select id from prestatie where status = 'afgewezen' order by id limit 1`);
    const [wacht] = await rows<{ id: string }>(`select id from prestatie where status = 'in-onderzoek' order by id limit 1`);
    const fout = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        return e instanceof BeslisFout ? e.code : 'anders';
      }
      return 'gelukt';
    };
    expect(await fout(beslisPrestatie(deps, 'gebruiker:1', { prestatieId: Number(afgewezen!.id), besluit: 'toekennen', reden: '   ' }))).toBe('reden-vereist');
    expect(await fout(beslisPrestatie(deps, 'gebruiker:1', { prestatieId: Number(wacht!.id), besluit: 'afwijzen', reden: 'woont elders' }))).toBe('retourcode-vereist');
    expect(await fout(beslisPrestatie(deps, 'gebruiker:1', { prestatieId: Number(wacht!.id), besluit: 'afwijzen', reden: 'x', retourcodes: ['8001'] }))).toBe('retourcode-onbekend');
    expect(await fout(beslisPrestatie(deps, 'gebruiker:1', { prestatieId: Number(wacht!.id), besluit: 'afwijzen', reden: 'x', retourcodes: ['1234'] }))).toBe('retourcode-onbekend');
    expect(await fout(beslisPrestatie(deps, 'gebruiker:1', { prestatieId: Number(wacht!.id), besluit: 'bevestigen' }))).toBe('niet-mogelijk');
    expect(await fout(beslisPrestatie(deps, 'gebruiker:1', { prestatieId: 987654321, besluit: 'bevestigen' }))).toBe('onbekend');
    // Nothing was written by the refusals.
    const [n] = await rows<{ n: number }>(`select count(*)::int as n from beslissing where door <> 'systeem'`);
    expect(n!.n).toBe(0);
  });

  it('overrides a rejected prestatie whose 325 was sent as a correction: history kept, totals recomputed, the 325 unchanged, audited', async () => {
    const [p] = await rows<{ id: string; bericht_id: string; declaratie_id: string; bedrag: string }>(
      `select p.id, p.bericht_id, p.declaratie_id, p.bedrag from prestatie p where p.status = 'afgewezen' and not p.dubbel
         and exists (select 1 from bericht r where r.antwoord_op = p.bericht_id and r.richting = 'uit') order by p.id limit 1`,
    );
    const berichten = new BerichtRepository(t.db);
    const voor = (await berichten.retourVan(Number(p!.bericht_id)))!;
    const [totaalVoor] = await rows<{ t: string }>(`select totaal_toegekend as t from declaratie where id = ${p!.declaratie_id}`);
    const u = await beslisPrestatie(deps, 'gebruiker:7', { prestatieId: Number(p!.id), besluit: 'toekennen', reden: 'Volume na overleg met de aanbieder terecht' });
    expect(u).toMatchObject({ status: 'toegekend', correctie: true, retourGestart: false });
    const hist = await new BeslissingRepository(t.db).geschiedenis(Number(p!.id));
    expect(hist.map((b) => [b.door, b.status, b.correctie])).toEqual([
      ['systeem', 'afgewezen', false],
      ['gebruiker:7', 'toegekend', true],
    ]);
    expect(hist[1]!.reden).toBe('Volume na overleg met de aanbieder terecht');
    const nu = (await new BeslissingRepository(t.db).prestatie(Number(p!.id)))!;
    expect(nu).toMatchObject({ status: 'toegekend', retourcodes: [], toegekendBedrag: Number(p!.bedrag) });
    const [totaalNa] = await rows<{ t: string }>(`select totaal_toegekend as t from declaratie where id = ${p!.declaratie_id}`);
    expect(Number(totaalNa!.t)).toBe(Number(totaalVoor!.t) + Number(p!.bedrag));
    const na = (await berichten.retourVan(Number(p!.bericht_id)))!;
    expect(na.id).toBe(voor.id);
    expect(Buffer.from(na.raw).equals(Buffer.from(voor.raw))).toBe(true);
    const audit = await new ToegangRepository(t.db).auditLog({ onderwerp: 'prestatie', onderwerpId: p!.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ wie: 'gebruiker:7', actie: 'besloten', details: { besluit: 'toekennen', van: 'afgewezen', naar: 'toegekend', correctie: true } });
    // Decided: no longer in the queue.
    expect((await repo.alle({})).some((i) => i.soort === 'prestatie' && i.id === Number(p!.id))).toBe(false);
  });

  it('decides prestaties in onderzoek; once none waits, processing continues to the retour stage and the 325 says what was decided', async () => {
    const [b] = await rows<{ bericht_id: string }>(
      `select p.bericht_id from prestatie p join declaratie d on d.id = p.declaratie_id where p.status = 'in-onderzoek' group by p.bericht_id
       having count(*) = 1 order by p.bericht_id limit 1`,
    );
    const berichtId = Number(b!.bericht_id);
    expect(await new BerichtRepository(t.db).retourVan(berichtId)).toBeUndefined();
    const [p] = await rows<{ id: string; pad: string; bedrag: string }>(`select id, pad, bedrag from prestatie where bericht_id = ${berichtId} and status = 'in-onderzoek'`);
    const u = await beslisPrestatie(deps, 'gebruiker:8', {
      prestatieId: Number(p!.id),
      besluit: 'afwijzen',
      reden: 'Cliënt woonde in die periode in de andere gemeente',
      retourcodes: ['9307'],
    });
    expect(u).toMatchObject({ status: 'afgewezen', correctie: false, nogInOnderzoek: 0, retourGestart: true });
    expect(naBeslissing).toEqual([berichtId]);
    const r325 = (await new BerichtRepository(t.db).retourVan(berichtId))!;
    expect(r325.berichttype).toMatch(/325$/);
    const xml = new TextDecoder().decode(r325.raw);
    expect(xml).toMatch(/RetourCode>9307</);
    const [d] = await rows<{ t: string; i: string }>(`select d.totaal_toegekend as t, d.totaal_ingediend as i from declaratie d where d.bericht_id = ${berichtId}`);
    expect(Number(d!.t)).toBe(Number(d!.i) - Number(p!.bedrag));
    expect((await new BerichtRepository(t.db).get(berichtId))!.status).toBe('beantwoord');
  });

  it('decides a filtered selection in bulk: one decision and one audit entry per prestatie; what cannot be decided is reported', async () => {
    const wachtend = (await repo.alle({ status: 'in-onderzoek', soort: 'prestatie' })).map((i) => i.id);
    expect(wachtend.length).toBeGreaterThan(0);
    const voor = naBeslissing.length;
    const afgewezen = (await repo.alle({ status: 'afgewezen', soort: 'prestatie' })).map((i) => i.id);
    const u = await beslisPrestaties(deps, 'gebruiker:9', [...wachtend, ...afgewezen], { besluit: 'toekennen', reden: 'Woonplaats na controle in BRP juist' });
    expect(u.gelukt.map((g) => g.prestatieId).sort()).toEqual([...wachtend, ...afgewezen.filter((id) => !u.mislukt.some((m) => m.prestatieId === id))].sort());
    for (const id of wachtend) {
      const audit = await new ToegangRepository(t.db).auditLog({ onderwerp: 'prestatie', onderwerpId: String(id) });
      expect(audit.filter((a) => a.wie === 'gebruiker:9')).toHaveLength(1);
    }
    expect(await repo.aantal({ status: 'in-onderzoek' , soort: 'prestatie'})).toBe(0);
    // Every message that waited got its 325 through naBeslissing.
    expect(naBeslissing.length).toBeGreaterThan(voor);
    for (const id of naBeslissing) expect((await new BerichtRepository(t.db).retourVan(id))?.berichttype).toMatch(/325$/);
  });
});
