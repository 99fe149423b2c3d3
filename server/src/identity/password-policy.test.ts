import { describe, expect, it } from 'vitest';
import { describeProblems, generatePassword, passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it.each([
    ['Abcdef123!', 'zhang', []],
    ['abcdefgh1!', 'zhang', []],
    ['ABCDEFGH1!', 'zhang', []],
    ['Abc12!', 'zhang', ['length']],
    ['abcdefghijkl', 'zhang', ['classes']],
    ['abcdefghij1', 'zhang', ['classes']],
    ['ABCDEFGHIJ!', 'zhang', ['classes']],
    ['Zhang-2026-x', 'zhang', ['username']],
    ['xxZHANGxx1!', 'zhang', ['username']],
    ['short', 'shor', ['length', 'classes', 'username']],
    ['密码密码密码密码密码1A', 'zhang', []],
  ])('%s (user %s) breaks %j', (password, username, rules) => {
    expect(passwordProblems(password, username).map((p) => p.rule)).toEqual(rules);
  });

  it('names every broken rule in Chinese and English', () => {
    const text = describeProblems(passwordProblems('short', 'shor'));
    expect(text.zh).toContain('长度至少 10 位');
    expect(text.zh).toContain('不能包含用户名');
    expect(text.en).toContain('at least 10 characters');
    expect(text.en).toContain('must not contain the username');
  });

  it('generates passwords that satisfy the policy', () => {
    for (let i = 0; i < 200; i++) expect(passwordProblems(generatePassword('abc'), 'abc')).toEqual([]);
  });
});
