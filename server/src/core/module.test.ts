import { describe, expect, it } from 'vitest';
import { collectPermissions, defineServerModule } from './module';

const mod = (id: string, keys: string[]) =>
  defineServerModule({
    id,
    label: { zh: id, en: id },
    permissions: keys.map((key) => ({ key: key as `${string}.${string}.${string}`, category: 'business', zh: key, en: key })),
  });

describe('module list', () => {
  it('collects the permissions of every module', () => {
    const perms = collectPermissions([mod('a', ['a.case.read']), mod('b', ['b.case.read'])]);
    expect([...perms.keys()]).toEqual(['a.case.read', 'b.case.read']);
    expect(perms.get('b.case.read')?.module).toBe('b');
  });
  it('fails the boot on a duplicate module id, a duplicate permission or a permission of another module', () => {
    expect(() => collectPermissions([mod('a', []), mod('a', [])])).toThrow(/Duplicate module id/);
    expect(() => collectPermissions([mod('a', ['a.case.read', 'a.case.read'])])).toThrow(/registered twice/);
    expect(() => collectPermissions([mod('a', ['b.case.read'])])).toThrow(/must start with "a."/);
  });
});
