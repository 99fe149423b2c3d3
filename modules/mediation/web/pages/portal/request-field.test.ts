import { describe, expect, it } from 'vitest';
import { requestField } from './RequestPage';

describe('portal request: server fields onto the form', () => {
  it('maps the first party to “about me” and the others to the other-party list', () => {
    expect(requestField('parties.0.phone')).toBe('me.phone');
    expect(requestField('body.parties.2.name')).toBe('others.1.name');
    expect(requestField('parties.1')).toBe('others.0');
    expect(requestField('facts')).toBe('facts');
  });
});
