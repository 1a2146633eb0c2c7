import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR, regelfouten } from '../reference.js';

const run = promisify(execFile);
const IWJ = path.resolve('bin/iwj.mjs');

async function iwj(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [IWJ, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('iwj check', () => {
  // Some of the standard's examples break its own in-message rules (see `regelfouten`): by the
  // standard's rules they are rejected at stage regels, not valid.
  it('reports the two ongeldig iJw examples invalid at stage xsd, rule-breaking examples at regels, the others valid (--json)', async () => {
    const dir = path.join(REFERENCE_DIR, 'ijw', '3.2', 'voorbeelden');
    const { code, stdout } = await iwj(['check', '--json', dir]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(fs.readdirSync(dir).filter((f) => f.endsWith('.xml')).length);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['file', 'messageType', 'standard', 'release', 'valid', 'stage', 'retourcodes', 'errors']);
      expect(l.standard).toBe('iJw');
      expect(l.release).toBe('3.2');
      if (String(l.file).includes('ongeldig')) {
        expect(l).toMatchObject({ valid: false, stage: 'xsd', retourcodes: [] });
        expect(l.errors[0]).toMatchObject({ rule: 'XSD' });
        expect(l.errors[0].path).toMatch(/^\/Bericht\//);
        expect(l.errors[0].line).toBeGreaterThan(0);
        expect(l.errors[0].message).toMatch(/ /);
      } else if (regelfouten[path.basename(l.file)]) {
        expect(l).toMatchObject({ valid: false, stage: 'regels', retourcodes: ['0001'] });
        expect([...new Set(l.errors.map((e: { rule: string }) => e.rule))].sort()).toEqual([...regelfouten[path.basename(l.file)]!].sort());
      } else {
        expect(l).toMatchObject({ valid: true, stage: 'ok', errors: [] });
      }
    }
  });

  it('exits 0 when every file is valid, with a readable report and summary', async () => {
    const file = path.join(REFERENCE_DIR, 'iwmo', '3.2', 'voorbeelden', 'WMO323.xml');
    const { code, stdout } = await iwj(['check', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('WMO323 (iWmo 3.2)');
    expect(stdout).toMatch(/1 bericht gecontroleerd: 1 geldig, 0 afgekeurd/);
  });

  it('rejects non-XML and unknown namespaces at stage xml, and exits 2 for a missing path', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-check-'));
    fs.writeFileSync(path.join(tmp, 'a-leeg.xml'), '');
    fs.writeFileSync(path.join(tmp, 'b-onzin.xml'), 'dit is geen xml');
    fs.writeFileSync(path.join(tmp, 'c-vreemd.xml'), '<?xml version="1.0"?><x:Bericht xmlns:x="urn:iets"/>');
    fs.writeFileSync(path.join(tmp, 'd-oud.xml'), '<?xml version="1.0"?><m:Bericht xmlns:m="http://www.istandaarden.nl/iwmo/2_4/wmo301/schema"/>');
    fs.writeFileSync(path.join(tmp, 'e-doctype.xml'), '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>');
    const { code, stdout } = await iwj(['check', '--json', tmp]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.stage)).toEqual(['xml', 'xml', 'xml', 'xml', 'xml']);
    expect(lines[0].errors[0].message).toMatch(/leeg/);
    expect(lines[2].errors[0].message).toMatch(/namespace/);
    expect(lines[3].errors[0].message).toMatch(/release 2\.4/);
    expect(lines[4].errors[0].message).toMatch(/DOCTYPE/);
    const missing = await iwj(['check', path.join(tmp, 'bestaat-niet')]);
    expect(missing.code).toBe(2);
    const usage = await iwj(['check']);
    expect(usage.code).toBe(2);
  });
});

describe('iwj check --xerces', () => {
  it('cross-checks the schema verdict with Xerces and reports agreement', async () => {
    const dir = path.join(REFERENCE_DIR, 'ijw', '3.2', 'voorbeelden');
    const { stdout } = await iwj(['check', '--json', '--xerces', path.join(dir, 'JW315.ongeldig-datum.xml'), path.join(dir, 'JW305.xml')]);
    const [bad, good] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(bad.secondOpinion).toMatchObject({ validator: 'xerces', valid: false, agrees: true });
    expect(bad.secondOpinion.messages.join(' ')).toContain('2027-06-31');
    expect(good.secondOpinion).toMatchObject({ validator: 'xerces', valid: true, agrees: true });
  });
});
