import { bearerCredential, sameSecret } from '../../../bot/platform/secrets';

/** The one comparison of presented keys and the one reading of Bearer headers (desk, triage API, Direct Line). */
describe('secrets', () => {
  it('compares keys of any length without telling how much matched', () => {
    expect(sameSecret('correct horse battery staple', 'correct horse battery staple')).toBe(true);
    expect(sameSecret('correct horse battery stapl', 'correct horse battery staple')).toBe(false);
    expect(sameSecret('', 'x')).toBe(false);
    expect(sameSecret(undefined, 'x')).toBe(false);
  });

  it('reads the credential of a Bearer header, whatever the case and spacing of the scheme', () => {
    expect(bearerCredential('Bearer abc.DEF-123')).toBe('abc.DEF-123');
    expect(bearerCredential('bearer   abc  ')).toBe('abc');
    expect(bearerCredential('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerCredential('Bearer')).toBeUndefined();
    expect(bearerCredential(undefined)).toBeUndefined();
  });
});
