import { dataScopeLabels } from '@tianping/common/access/permission';
import type { Kernel } from '../core/module';
import { demoPassword, demoUsers } from './seed-demo';

/** Terminal columns of a string: CJK and full-width characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => `  │ ${cells.map((c, i) => pad(c, widths[i]!)).join(' │ ')} │`;
  const rule = (l: string, m: string, r: string) => `  ${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  return [rule('┌', '┬', '┐'), line(header), rule('├', '┼', '┤'), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}

/** Printed after the start of a demo instance so a visitor can sign in at once. */
export async function printDemoLogins(kernel: Kernel, publicUrl: string): Promise<void> {
  // The core's accounts, then those of the enabled modules (`ServerModule.demoLogins`).
  const usernames = [...demoUsers.map((d) => d.username), ...kernel.modules.flatMap((m) => m.demoLogins ?? [])];
  const rows = await kernel.db
    .selectFrom('users as u')
    .innerJoin('userRoles as a', 'a.userId', 'u.id')
    .innerJoin('roles as r', 'r.id', 'a.roleId')
    .innerJoin('organisations as o', 'o.id', 'a.orgId')
    .select(['u.username', 'r.name as roleName', 'r.nameEn as roleNameEn', 'o.name as orgName', 'a.scope'])
    .where('u.username', 'in', usernames)
    .where('u.active', '=', 1)
    .execute();
  const order = new Map(usernames.map((u, i) => [u, i]));
  rows.sort((a, b) => order.get(a.username)! - order.get(b.username)!);
  const lines = [`天平 Tianping is running: ${publicUrl}`, `  工作台 workbench: ${publicUrl}/workbench   门户 portal: ${publicUrl}/portal`];
  if (rows.length) {
    lines.push('', '  演示账号 Demo logins (演示数据，切勿用于生产 / demo data, never for production):');
    lines.push(
      formatTable(
        ['用户名 Username', '密码 Password', '角色 Role', '机构 Organisation', '数据范围 Scope'],
        rows.map((r) => [
          r.username,
          demoPassword,
          `${r.roleName} ${r.roleNameEn}`,
          r.orgName,
          `${dataScopeLabels[r.scope].zh} ${dataScopeLabels[r.scope].en}`,
        ]),
      ),
    );
  }
  console.log(lines.join('\n'));
}
