import { describe, expect, it } from 'vitest';
import { profileName } from '../../../../features/focus/ui/AccountRow';
import { SANDBOX_PROFILE } from '../../../fake-ticktick/ticktick.mjs';

describe('who is signed in (features/focus/ui/AccountRow.tsx)', () => {
  it('takes the profile\'s display name, else its name, else its user name', () => {
    expect(profileName(SANDBOX_PROFILE)).toBe('Sandbox');
    expect(profileName({ ...SANDBOX_PROFILE, displayName: '' })).toBe('Sandbox');
    expect(profileName({ ...SANDBOX_PROFILE, displayName: null, name: '  ' })).toBe('sandbox@example.com');
  });

  it('says no name for what is no profile: HTML, null, odd types', () => {
    expect(profileName(null)).toBe('');
    expect(profileName('<html>sign in</html>')).toBe('');
    expect(profileName({ displayName: 42, name: ['x'], username: {} })).toBe('');
    expect(profileName({ displayName: 'x'.repeat(500) })).toHaveLength(80);
  });
});
