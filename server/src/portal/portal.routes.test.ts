import { describe, expect, it } from 'vitest';
import { defineServerModule } from '../core/module';
import { enabledModules } from '../modules';
import { buildTestApp } from '../../test/build-test-app';
import { collectPortalServices } from './portal-services';

const service = (key: string, icon?: string) => ({
  key,
  zh: `服务${key}`,
  en: `Service ${key}`,
  descriptionZh: '说明',
  descriptionEn: 'About',
  path: `/portal/${key}`,
  ...(icon ? { icon } : {}),
});

describe('GET /portal/services', async () => {
  const first = defineServerModule({ id: 'probeA', label: { zh: 'A', en: 'A' }, portalServices: [service('probeAid', 'aid')] });
  const silent = defineServerModule({ id: 'probeB', label: { zh: 'B', en: 'B' } });
  const second = defineServerModule({ id: 'probeC', label: { zh: 'C', en: 'C' }, portalServices: [service('probeMediation')] });
  const t = await buildTestApp({}, [first, silent, second]);

  it('is public (stale credentials are ignored) and lists every enabled module’s services in module order', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/portal/services',
      headers: { cookie: 'tp_citizen=stale; tp_session=stale' },
    });
    expect(res.statusCode).toBe(200);
    const enabled = collectPortalServices(enabledModules);
    expect(res.json()).toEqual([...enabled, service('probeAid', 'aid'), service('probeMediation')]);
  });
});
