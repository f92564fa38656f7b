import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security-headers.ts';
import { devContentSecurityPolicy } from '../../scripts/dev-csp.ts';

describe('the development server CSP (npm run dev)', () => {
  const policy = devContentSecurityPolicy('abc123');
  const directives = (p: string) => new Map(p.split('; ').map((d) => [d.split(' ')[0], d] as const));

  it('adds the nonce to scripts and styles only', () => {
    expect(directives(policy).get('script-src')).toBe("script-src 'self' 'nonce-abc123'");
    expect(directives(policy).get('style-src')).toBe("style-src 'self' 'nonce-abc123'");
  });

  it("keeps every other directive of the kiosk's policy as it is", () => {
    const kiosk = directives(CONTENT_SECURITY_POLICY);
    const dev = directives(policy);
    expect([...dev.keys()]).toEqual([...kiosk.keys()]);
    for (const [name, directive] of kiosk)
      if (name !== 'script-src' && name !== 'style-src') expect(dev.get(name)).toBe(directive);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });
});
