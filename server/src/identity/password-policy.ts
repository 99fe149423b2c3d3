import { randomInt } from 'node:crypto';

/**
 * The staff password policy (GB/T 22239-2019 等保 2.0, 8.1.4.1 身份鉴别: passwords of
 * sufficient complexity, changed regularly): at least 10 characters, three of the four
 * character classes, not containing the username, not one of the last 5 passwords.
 */
export const passwordMinLength = 10;
export const passwordClassesRequired = 3;
export const passwordHistoryDepth = 5;

const classes: { test: RegExp; zh: string; en: string }[] = [
  { test: /[A-Z]/, zh: '大写字母', en: 'upper-case letters' },
  { test: /[a-z]/, zh: '小写字母', en: 'lower-case letters' },
  { test: /[0-9]/, zh: '数字', en: 'digits' },
  { test: /[^A-Za-z0-9]/, zh: '符号', en: 'symbols' },
];

export interface PolicyProblem {
  rule: 'length' | 'classes' | 'username' | 'history';
  zh: string;
  en: string;
}

/** The rules a password breaks that can be checked without the history (pure). */
export function passwordProblems(password: string, username: string): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  if (Array.from(password).length < passwordMinLength) {
    out.push({ rule: 'length', zh: `长度至少 ${passwordMinLength} 位`, en: `at least ${passwordMinLength} characters` });
  }
  const present = classes.filter((c) => c.test.test(password)).length;
  if (present < passwordClassesRequired) {
    out.push({
      rule: 'classes',
      zh: `须包含大写字母、小写字母、数字、符号中的至少 ${passwordClassesRequired} 类（当前 ${present} 类）`,
      en: `must mix at least ${passwordClassesRequired} of upper-case letters, lower-case letters, digits and symbols (has ${present})`,
    });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    out.push({ rule: 'username', zh: '不能包含用户名', en: 'must not contain the username' });
  }
  return out;
}

export const historyProblem: PolicyProblem = {
  rule: 'history',
  zh: `不能与最近 ${passwordHistoryDepth} 次使用过的密码相同`,
  en: `must differ from the last ${passwordHistoryDepth} passwords`,
};

/** One message naming every broken rule: `新密码不符合密码策略：长度至少 10 位；不能包含用户名`. */
export function describeProblems(problems: PolicyProblem[]): { zh: string; en: string } {
  return {
    zh: `新密码不符合密码策略：${problems.map((p) => p.zh).join('；')}`,
    en: `The new password does not meet the policy: ${problems.map((p) => p.en).join('; ')}`,
  };
}

// Unambiguous characters only (no 0/O, 1/l/I), so a printed temporary password can be typed.
const generatorSets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '@#%+=?!'];

/** A random temporary password that satisfies the whole policy for this user (16 characters, all four classes). */
export function generatePassword(username: string): string {
  for (;;) {
    const candidate = randomPassword(16);
    if (passwordProblems(candidate, username).length === 0) return candidate;
  }
}

function randomPassword(length: number): string {
  const all = generatorSets.join('');
  const chars = generatorSets.map((set) => set[randomInt(set.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
