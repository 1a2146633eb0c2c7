import { describe, expect, it } from 'vitest';
import { eindeTovToewijzing, somStroom, stroomCijfers } from '../../src/kpi/stroom.js';

describe('instroom and uitstroom', () => {
  it("sets an end against the toewijzing's Einddatum: before (afschaling), on, after (opschaling) or open", () => {
    expect(eindeTovToewijzing('2025-03-15', '2025-10-31')).toBe('voor');
    expect(eindeTovToewijzing('2025-05-31', '2025-05-31')).toBe('op');
    expect(eindeTovToewijzing('2025-06-01', '2025-05-31')).toBe('na');
    expect(eindeTovToewijzing('2025-06-01', undefined)).toBe('open');
  });

  it('gives the netto flow and the shares of the uitstroom', () => {
    expect(stroomCijfers({ instroom: 10, uitstroom: 8, eindeVoor: 4, eindeOp: 2, eindeNa: 1, eindeOpen: 1 })).toEqual({
      instroom: 10,
      uitstroom: 8,
      eindeVoor: 4,
      eindeOp: 2,
      eindeNa: 1,
      eindeOpen: 1,
      netto: 2,
      aandeelVoor: 50,
      aandeelOp: 25,
      aandeelNa: 12.5,
      aandeelOpen: 12.5,
    });
  });

  it('adds months up and has no shares without uitstroom', () => {
    const s = somStroom([
      { instroom: 1, uitstroom: 0, eindeVoor: 0, eindeOp: 0, eindeNa: 0, eindeOpen: 0 },
      { instroom: 2, uitstroom: 0, eindeVoor: 0, eindeOp: 0, eindeNa: 0, eindeOpen: 0 },
    ]);
    expect(stroomCijfers(s)).toMatchObject({ instroom: 3, netto: 3, aandeelVoor: null, aandeelOpen: null });
  });
});
