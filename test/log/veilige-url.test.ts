import { describe, expect, it } from 'vitest';
import { veiligeUrl } from '../../src/log/veilige-url.js';

describe('a request URL as the logs show it', () => {
  it('keeps the path and the known code, date and state parameters of our pages and API', () => {
    expect(veiligeUrl('/afkeuren?gemeente=0983&aanbieder=98101001&status=afgewezen&van=2025-01-01')).toBe('/afkeuren?gemeente=0983&aanbieder=98101001&status=afgewezen&van=2025-01-01');
    expect(veiligeUrl('/api/v1/kpi/budget?per=aanbieder&per=gemeente&formaat=csv&komma=true')).toBe('/api/v1/kpi/budget?per=aanbieder&per=gemeente&formaat=csv&komma=true');
    expect(veiligeUrl('/berichten/42')).toBe('/berichten/42');
  });

  it('hides the values of unknown parameters, values that are not code-like, and anything with nine digits in a row', () => {
    expect(veiligeUrl('/afkeuren?bsn=123456782')).toBe('/afkeuren?bsn=[verborgen]');
    expect(veiligeUrl('/afkeuren?gemeente=123456782')).toBe('/afkeuren?gemeente=[verborgen]');
    expect(veiligeUrl('/afkeuren?aanbieder=Jan%20de%20Vries')).toBe('/afkeuren?aanbieder=[verborgen]');
    expect(veiligeUrl('/x?naam=Jansen&q')).toBe('/x?naam=[verborgen]&q=[verborgen]');
    expect(veiligeUrl('/client/123456782/tijdlijn')).toBe('/client/[verborgen]/tijdlijn');
    expect(veiligeUrl('/berichten/1234567890')).toBe('/berichten/1234567890');
  });

  it('keeps only the path of the page to return to after logging in', () => {
    expect(veiligeUrl(`/aanmelden?terug=${encodeURIComponent('/afkeuren?bsn=123456782')}`)).toBe('/aanmelden?terug=%2Fafkeuren');
  });
});
