import { describe, expect, it } from 'vitest';
import { berichtRules, controlRules } from '../../src/rules/index.js';

describe('the catalogue by level', () => {
  it('gives the controls of a 323, for iWmo and iJw alike, and keeps them out of the in-message rules', () => {
    for (const type of ['JW323', 'WMO323']) {
      const codes = controlRules(type).map((r) => r.code);
      expect(codes).toEqual(expect.arrayContaining(['CT001', 'TR304', 'TR314', 'TR318', 'TR322', 'TR346', 'TR389', 'TR418', 'WP001']));
      expect(berichtRules(type).map((r) => r.code)).not.toContain('TR307');
      expect(controlRules(type).every((r) => r.level !== 'bericht')).toBe(true);
    }
  });

  it('gives TR304 for the verzoek om wijziging', () => {
    expect(controlRules('JW317').map((r) => r.code)).toContain('TR304');
    expect(controlRules('WMO317').map((r) => r.code)).toContain('TR304');
  });
});
