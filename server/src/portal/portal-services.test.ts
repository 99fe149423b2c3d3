import { describe, expect, it } from 'vitest';
import { defineServerModule } from '../core/module';
import { collectPortalServices } from './portal-services';

const service = (key: string) => ({ key, zh: key, en: key, descriptionZh: '说明', descriptionEn: 'About', path: `/portal/${key}` });

describe('portal services', () => {
  it('lists the services of the modules in module order', () => {
    const a = defineServerModule({ id: 'a', label: { zh: 'A', en: 'A' }, portalServices: [service('x'), service('y')] });
    const b = defineServerModule({ id: 'b', label: { zh: 'B', en: 'B' } });
    const c = defineServerModule({ id: 'c', label: { zh: 'C', en: 'C' }, portalServices: [service('z')] });
    expect(collectPortalServices([a, b, c]).map((s) => s.key)).toEqual(['x', 'y', 'z']);
    expect(collectPortalServices([b])).toEqual([]);
  });
  it('refuses a key registered twice', () => {
    const a = defineServerModule({ id: 'a', label: { zh: 'A', en: 'A' }, portalServices: [service('x')] });
    const b = defineServerModule({ id: 'b', label: { zh: 'B', en: 'B' }, portalServices: [service('x')] });
    expect(() => collectPortalServices([a, b])).toThrow(/registered twice/);
  });
});
