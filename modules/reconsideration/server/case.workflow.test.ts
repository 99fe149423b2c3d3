import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { listTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import { reconCaseWorkflow } from './case.workflow';
import { createTestCase, reconOrgs } from './test-fixtures';

describe('reconsideration workflow timers (2025 National Day)', async () => {
  const t = await buildTestApp();
  const orgs = await reconOrgs(t);
  const timersOf = async (id: string) => {
    const inst = (await loadInstance(t.kernel.db, reconCaseWorkflow, id))!;
    return (await listTimers(t.kernel.db, inst.id)).map((x) => [x.key, x.status, x.dueDate]);
  };

  it('review: 5 working days from receipt, over the National Day holiday', async () => {
    const c = await createTestCase(t, { orgId: orgs.hexi.id, receivedOn: '2025-09-26' });
    // 26 Sep (Fri) not counted; 28 Sep (Sun, make-up workday), 29, 30 Sep; 1–8 Oct holiday; 9, 10 Oct.
    expect(await timersOf(c.id)).toEqual([['review', 'open', '2025-10-10']]);
  });

  it('ordinary acceptance: 60-day decision period and 7-working-day copy period; simplified: 30 and 3', async () => {
    const ordinary = await createTestCase(t, { orgId: orgs.hexi.id, accept: { on: '2025-09-30', procedure: 'ordinary' } });
    expect(await timersOf(ordinary.id)).toEqual([
      ['review', 'closed', '2025-10-10'],
      // 60 days end on Sat 29 Nov → Mon 1 Dec; 7 working days: 9, 10, 11 (Sat, make-up), 13–16 Oct.
      ['decision', 'open', '2025-12-01'],
      ['copy', 'open', '2025-10-16'],
    ]);
    const simplified = await createTestCase(t, { orgId: orgs.hexi.id, accept: { on: '2025-09-30', procedure: 'simplified' } });
    expect((await timersOf(simplified.id)).slice(1)).toEqual([
      ['decisionSimplified', 'open', '2025-10-30'],
      ['copySimplified', 'open', '2025-10-11'],
    ]);
  });
});
