import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { ulidAt } from '../../lib/ids';
import { outcomeOf, type VolumeSeeder } from '../volume-seeder';
import { randomInstant, yearsBefore } from './time';

/** Open todo items of one bench user: a heavily loaded case handler's inbox. */
export const benchTodoCount = 5_000;
const defaultDistrict = '120116';
const dayMs = 24 * 60 * 60 * 1000;
/** Due dates spread from 60 days overdue to 120 days ahead; one in ten undated. */
const dueFromDays = -60;
const dueSpanDays = 180;
const undatedShare = 0.1;

/**
 * 5,000 open todo items assigned personally to the district bureau's system administrator (the
 * first active one with subtree scope by id — the user whose staff session the bench opens), so
 * that GET /api/todos?status=open&sort=dueDate pages through a long list with its total.
 */
export const todosSeeder: VolumeSeeder = {
  name: 'todos',
  description: `${benchTodoCount} open todo items of the bench district's system administrator`,
  async seed({ kernel, rng, now, writer }) {
    const districtCode = process.env.BENCH_DISTRICT ?? defaultDistrict;
    const user = await kernel.db
      .selectFrom('userRoles as a')
      .innerJoin('roles as r', 'r.id', 'a.roleId')
      .innerJoin('users as u', 'u.id', 'a.userId')
      .innerJoin('organisations as o', 'o.id', 'a.orgId')
      .select(['u.id'])
      .where('r.code', '=', 'systemAdmin')
      .where('o.code', '=', demoOrgCodes(kernel.config.cityCode).districtBureau(districtCode))
      .where('a.scope', '=', 'subtree')
      .where('u.active', '=', 1)
      .where('u.mustChangePassword', '=', 0)
      .orderBy('u.id')
      .limit(1)
      .executeTakeFirst();
    if (!user) throw new Error(`No system administrator at the bureau of district ${districtCode}: run the staff seeder first`);
    const w = writer(['todoItems']);
    for (let i = 0; i < benchTodoCount; i++) {
      const created = randomInstant(rng, yearsBefore(now, 1), now);
      const id = ulidAt(created.getTime(), rng);
      const due =
        rng.next() < undatedShare
          ? null
          : new Date(now.getTime() + (dueFromDays + Math.floor(rng.next() * dueSpanDays)) * dayMs).toISOString().slice(0, 10);
      const caseNo = 1000 + i;
      w.add('todoItems', {
        id,
        assigneeUserId: user.id,
        assigneeOrgId: null,
        instanceId: null,
        entityType: 'benchCase',
        entityId: id,
        state: 'review',
        titleZh: `审查复议申请 津滨复〔2026〕${caseNo}号`,
        titleEn: `Review reconsideration application No. ${caseNo}`,
        url: `/cases/${id}`,
        dueDate: due,
        status: 'open',
        createdAt: created.toISOString(),
        closedAt: null,
      });
      await w.flushIfFull();
    }
    await w.flush();
    return outcomeOf(w.result());
  },
};
