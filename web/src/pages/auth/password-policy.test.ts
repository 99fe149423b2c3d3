import { describe, expect, it } from 'vitest';
import { checkPassword, passesPolicy } from './password-policy';

describe('checkPassword (live feedback mirror of the server policy)', () => {
  it.each([
    ['Short1!', 'zhang', { length: false, classes: true, username: true }],
    ['alllowercaseletters', 'zhang', { length: true, classes: false, username: true }],
    ['Zhang2026!pass', 'zhang', { length: true, classes: true, username: false }],
    ['Tianping@2026', 'zhang', { length: true, classes: true, username: true }],
  ])('%s for %s', (password, username, expected) => {
    expect(checkPassword(password, username)).toEqual(expected);
    expect(passesPolicy(checkPassword(password, username))).toBe(Object.values(expected).every(Boolean));
  });
});
