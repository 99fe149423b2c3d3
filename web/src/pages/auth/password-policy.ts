/**
 * The staff password policy, mirrored from the server for live feedback only; the server
 * decides (and alone can check the last-5 history).
 */
export const minPasswordLength = 10;
export const minCharacterClasses = 3;

const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/];

export interface PolicyCheck {
  length: boolean;
  classes: boolean;
  username: boolean;
}

export function checkPassword(password: string, username: string): PolicyCheck {
  return {
    length: Array.from(password).length >= minPasswordLength,
    classes: classes.filter((c) => c.test(password)).length >= minCharacterClasses,
    username: !username || !password.toLowerCase().includes(username.toLowerCase()),
  };
}

export function passesPolicy(check: PolicyCheck): boolean {
  return check.length && check.classes && check.username;
}
