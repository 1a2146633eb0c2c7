import { describe, expect, it } from 'vitest';
import { xmlMelding, xsdMelding } from '../../src/xml/meldingen.js';

const ns = '{http://www.istandaarden.nl/ijw/3_2/jw323/schema}';
const b = '{http://www.istandaarden.nl/ijw/3_2/basisschema/schema}';

describe('libxml2 diagnostics in Dutch', () => {
  it('explains unexpected and missing elements by their local names', () => {
    expect(xsdMelding(`Element '${ns}ProductCodeX': This element is not expected. Expected is ( ${ns}ProductCode ).`)).toBe(
      'Element ProductCodeX staat hier niet op zijn plaats of hoort hier niet; op deze plek wordt ProductCode verwacht.',
    );
    expect(xsdMelding(`Element '${ns}Prestatie': Missing child element(s). Expected is ( ${ns}IngediendBedrag ).`)).toBe(
      'Element Prestatie is onvolledig: IngediendBedrag ontbreekt.',
    );
  });
  it('never repeats the value of a personal-data element', () => {
    const m = xsdMelding(`Element '${ns}Bsn': [facet 'pattern'] The value '99990000' is not accepted by the pattern '[0-9]{9}'.`);
    expect(m).not.toContain('99990000');
    expect(m).toContain('Bsn');
    const d = xsdMelding(`Element '${b}Datum': '1980-02-30' is not a valid value of the atomic type '${b}LDT_Datum'.`);
    expect(d).not.toContain('1980');
  });
  it('explains facet violations of other elements with their value', () => {
    expect(xsdMelding(`Element '${b}DebetCredit': [facet 'enumeration'] The value 'X' is not an element of the set {'C', 'D'}.`)).toBe(
      "De waarde 'X' van DebetCredit is geen geldige code; toegestaan: C, D.",
    );
    expect(xsdMelding(`Element '${b}Begindatum': '2026-04-31' is not a valid value of the atomic type '${b}LDT_Datum'.`)).toMatch(
      /'2026-04-31' van Begindatum is geen geldige datum/,
    );
    expect(xsdMelding(`Element '${b}TotaalBedrag': [facet 'minInclusive'] The value '-5' is less than the minimum value allowed ('0').`)).toMatch(
      /kleiner dan het minimum 0/,
    );
  });
  it('explains well-formedness errors', () => {
    expect(xmlMelding('Opening and ending tag mismatch: b line 1 and a')).toMatch(/Begin- en eindtag/);
    expect(xmlMelding('Premature end of data in tag Bericht line 2')).toMatch(/halverwege/);
  });
});
