import { streamRegion } from './src/fixtures/index.js';
const cpg = Number(process.argv[2]); const months = Number(process.argv[3]);
const s = streamRegion({ seed: 1, clientsPerGemeente: cpg, months });
console.log('aanbieders', s.referentie.aanbieders.length);
const helft = `2025-${String(Math.floor(months/2)+1).padStart(2,'0')}-01`;
const m = new Map<string,{n:number,b:number}>(); let tot=0, bytes=0, all=0;
for (const b of s.berichten()) { all++; if (b.dagtekening < helft) continue; const e=m.get(b.berichttype)??{n:0,b:0}; e.n++; e.b+=b.xml.length; m.set(b.berichttype,e); tot++; bytes+=b.xml.length; }
console.log('all', all, 'second half', tot, 'avg', Math.round(bytes/tot));
for (const [k,v] of [...m].sort()) console.log(k, v.n, (100*v.n/tot).toFixed(1)+'%', Math.round(v.b/v.n));
