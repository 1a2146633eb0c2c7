import { describe, expect, it } from 'vitest';
import { AanmeldRem } from '../../src/server/backoffice/aanmeld-rem.js';
import { auditDetails } from '../../src/server/backoffice/audit-details.js';
import { datum, euro, maskeerBsn } from '../../src/server/backoffice/formaat.js';
import { lijnGrafiek, staafGrafiek, ticks } from '../../src/server/backoffice/grafiek.js';
import { html, veilig } from '../../src/server/backoffice/html.js';
import { celTekst, csvUrl, laatstePerMaand, leesKpiKeuze, trendBegin } from '../../src/server/backoffice/kpi.js';
import { wachtwoordProbleem } from '../../src/server/backoffice/wachtwoord.js';
import { xmlWeergave } from '../../src/server/backoffice/xml-weergave.js';

describe('html templates', () => {
  it('escape every interpolated value unless it is markup we built', () => {
    const naam = '<script>alert("x")</script> & \'co\'';
    expect(html`<p title="${naam}">${naam}</p>`.tekst).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
    expect(html`<div>${veilig('<b>ja</b>')}${[html`<i>${'<'}</i>`, null, false, undefined]}</div>`.tekst).toBe('<div><b>ja</b><i>&lt;</i></div>');
  });
});

describe('how the backoffice writes values', () => {
  it('writes eurocents exactly, Dutch style', () => {
    expect(euro(123456789)).toBe('€ 1.234.567,89');
    expect(euro(5)).toBe('€ 0,05');
    expect(euro(-30657)).toBe('−€ 306,57');
    expect(euro(0)).toBe('€ 0,00');
  });
  it('masks a BSN to its last four digits and writes dates day-month-year', () => {
    expect(maskeerBsn('999900043')).toBe('*****0043');
    expect(datum('2025-03-01')).toBe('1-3-2025');
  });
  it('writes audit details as text', () => {
    expect(auditDetails({ besluit: 'toekennen', retourcodes: [], correctie: false })).toBe('besluit: toekennen · retourcodes: – · correctie: false');
  });
});

describe('the KPI dashboard’s reading of the KPI API', () => {
  it('writes each value by the kind of its API column', () => {
    expect(celTekst('euro', 123405)).toBe('€ 1.234,05');
    expect(celTekst('procent', 12.5)).toBe('12,5');
    expect(celTekst('decimaal', 3)).toBe('3');
    expect(celTekst('geheel', 12345)).toBe('12.345');
    expect(celTekst('maand', '2025-03')).toBe('mrt\u00a02025');
    expect(celTekst('datum', '2025-03-31')).toBe('31-3-2025');
    expect(celTekst('ja-nee', false)).toBe('nee');
    expect(celTekst('euro', null)).toBe('–');
  });

  it('takes the peildatum asked when it has a snapshot, else the newest; gemeente and AGB only when well formed', () => {
    const peildata = ['2025-06-30', '2025-05-31'];
    expect(leesKpiKeuze({ peildatum: '2025-05-31', gemeente: '0983', aanbieder: '98101001' }, peildata)).toEqual({ peildatum: '2025-05-31', gemeente: '0983', aanbieder: '98101001' });
    expect(leesKpiKeuze({ peildatum: '2025-05-30', gemeente: '983', aanbieder: '<x>' }, peildata)).toEqual({ peildatum: '2025-06-30' });
    expect(leesKpiKeuze({}, [])).toBeUndefined();
  });

  it('asks the trend of twelve months and keeps the last snapshot of each month', () => {
    expect(trendBegin('2025-06-30')).toBe('2024-07-01');
    expect(trendBegin('2025-01-15')).toBe('2024-02-01');
    const rijen = [{ peildatum: '2025-06-30', aantal: 3 }, { peildatum: '2025-05-31', aantal: 1 }, { peildatum: '2025-06-12', aantal: 2 }];
    expect(laatstePerMaand(rijen).map((r) => r['peildatum'])).toEqual(['2025-05-31', '2025-06-30']);
  });

  it('links each table to the API’s CSV of the same question, for Dutch Excel', () => {
    expect(csvUrl({ figuur: 'budget', parameters: { peildatum: '2025-06-30', per: 'maand', gemeente: '0983' } })).toBe(
      '/api/v1/kpi/budget?peildatum=2025-06-30&per=maand&gemeente=0983&formaat=csv&komma=true',
    );
  });
});

describe('charts', () => {
  it('pick round ticks that cover the data', () => {
    expect(ticks(0, 47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(0, 1_260_000)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    // counts: whole steps, also for small numbers
    expect(ticks(0, 1, 5, true)).toEqual([0, 1]);
    expect(ticks(0, 3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(ticks(0, 13, 5, true)).toEqual([0, 5, 10, 15]);
    expect(ticks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it('draw one bar per value, a title and description for screen readers, and a legend', () => {
    const g = staafGrafiek({ id: 'x', titel: 'Titel', beschrijving: 'Uitleg', labels: ['a', 'b', 'c'], reeksen: [{ naam: 'R1', waarden: [1, 2, 3] }, { naam: 'R2', waarden: [3, null, 1] }] });
    expect((g.svg.tekst.match(/<rect /g) ?? []).length).toBe(5);
    expect(g.svg.tekst).toContain('role="img" aria-labelledby="x-titel x-beschrijving"');
    expect(g.svg.tekst).toContain('<title id="x-titel">Titel</title>');
    expect(g.legenda.tekst).toContain('R2');
    expect(g.svg.tekst).not.toContain('style=');
  });
  it('draw lines with gaps where a value is missing, a dashed forecast, a band and a reference line', () => {
    const g = lijnGrafiek({
      id: 'b',
      titel: 'Budget',
      beschrijving: 'x',
      labels: ['jan', 'feb', 'mrt', 'apr'],
      reeksen: [
        { naam: 'Realisatie', waarden: [1, 2, null, null] },
        { naam: 'Prognose', waarden: [null, 2, 3, 4], stijl: 'streep' },
      ],
      band: { naam: 'Band', onder: [4, 4, 4, 4], boven: [6, 6, 6, 6] },
      referenties: [{ waarde: 5, naam: 'Budget' }],
    });
    expect((g.svg.tekst.match(/<polyline /g) ?? []).length).toBe(2);
    expect(g.svg.tekst).toContain('stroke-dasharray="7 5"');
    expect(g.svg.tekst).toContain('<polygon ');
    expect(g.svg.tekst).toContain('>Budget</text>');
  });
});

describe('the XML view', () => {
  const xml = '<?xml version="1.0"?>\n<ns:Bericht xmlns:ns="urn:x"><ns:Header><ns:Code>1</ns:Code></ns:Header><ns:Client><ns:Bsn>123456782</ns:Bsn></ns:Client><ns:Client><ns:Bsn>&lt;9&gt;</ns:Bsn></ns:Client></ns:Bericht>';
  it('pretty-prints one element per line and highlights the element a finding points at', () => {
    const v = xmlWeergave(xml, [{ pad: '/Bericht/Client[2]/Bsn', label: 'CS002' }]).tekst;
    const fout = v.split('</span><span class="xml-regel').find((r) => r.includes('xml-fout'))!;
    expect(fout).toContain('&lt;ns:Bsn&gt;&amp;lt;9&amp;gt;&lt;/ns:Bsn&gt;');
    expect(fout).toContain('Bevinding CS002');
    expect((v.match(/class="xml-regel/g) ?? []).length).toBe(12);
  });
  it('highlights the nearest existing parent of a missing element', () => {
    const v = xmlWeergave(xml, [{ pad: '/Bericht/Header/BerichtVersie', label: 'XSD' }]).tekst;
    expect(v.split('<span class="xml-regel').find((r) => r.includes('xml-fout'))).toContain('&lt;ns:Header&gt;');
  });
  it('shows text that is not XML as it is, with line numbers and the lines findings name', () => {
    const v = xmlWeergave('<a>\n<b>&</b>\n', [{ pad: '/a', regel: 2, label: 'XML' }]).tekst;
    expect(v).toContain('<span class="xml-nr" aria-hidden="true">2</span><span class="sr-only">Bevinding XML: </span><mark>&lt;b&gt;&amp;&lt;/b&gt;</mark>');
  });
});

describe('login throttling', () => {
  it('refuses an account after five failures within the window, and lets it try again once they leave it', () => {
    let nu = 0;
    const rem = new AanmeldRem({ pogingen: 5, perAdres: 20, vensterMs: 60_000 }, () => nu);
    for (let i = 0; i < 5; i++) {
      expect(rem.wachttijd('Anna', '1.1.1.1')).toBe(0);
      rem.registreerMislukt('Anna', '1.1.1.1');
      nu += 1000;
    }
    expect(rem.wachttijd('anna', '2.2.2.2')).toBe(55_000);
    expect(rem.wachttijd('bert', '1.1.1.1')).toBe(0);
    nu = 60_001;
    expect(rem.wachttijd('anna', '2.2.2.2')).toBe(0);
  });
  it('limits an address that tries many accounts', () => {
    const rem = new AanmeldRem({ pogingen: 5, perAdres: 3, vensterMs: 60_000 }, () => 0);
    for (const n of ['a', 'b', 'c']) rem.registreerMislukt(n, '9.9.9.9');
    expect(rem.wachttijd('d', '9.9.9.9')).toBeGreaterThan(0);
  });
});

describe('passwords', () => {
  it('must be long, varied and not contain the account name', () => {
    expect(wachtwoordProbleem('kort', 'anna')).toMatch(/12 tekens/);
    expect(wachtwoordProbleem('anna-heeft-een-wachtwoord', 'anna')).toMatch(/gebruikersnaam/);
    expect(wachtwoordProbleem('aaaaaaaaaaaaaaaa', 'anna')).toMatch(/verschillende/);
    expect(wachtwoordProbleem('paard-batterij-nietje', 'anna')).toBeUndefined();
  });
});
