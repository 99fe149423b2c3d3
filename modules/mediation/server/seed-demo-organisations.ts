import { addDays, addYears, localDateAt } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { defaultTermEnd } from '../domain/committee';
import { nearestJusticeOffice } from './committee.repository';

const districtCode = '120103';
const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];
const given = ['秀英', '建国', '桂兰', '志强', '淑珍', '明', '玉兰', '国庆', '海燕', '卫东', '丽华', '春生'];
const specialityPool = [
  ['neighbour', 'marriageFamily'],
  ['property', 'contract'],
  ['labour', 'damages'],
  ['housingHomestead', 'neighbour'],
  ['traffic', 'damages'],
];

const name = (i: number) => `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}`;

/**
 * Demo committees of 河西 (every mediation-committee organisation of the district, plus the first
 * 司法所 as a street committee): members (3–7, women among them, one chair) whose terms started on
 * different days so that some end within the warning period; 2–3 mediators each with training; one
 * dismissed mediator (第十五条); one screening campaign with findings. Runs once (skips when any
 * committee exists); deterministic.
 */
export async function seedOrganisationDemo(kernel: Kernel): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('medCommittees').select('orgId').limit(1).executeTakeFirst()) return;
    const today = localDateAt(kernel.clock.now());
    const orgs = await trx
      .selectFrom('organisations')
      .select(['id', 'path', 'type', 'regionCode'])
      .where('regionCode', 'like', `${districtCode}%`)
      .where('active', '=', 1)
      .where('type', 'in', ['mediationCommittee', 'justiceOffice'])
      .orderBy('path')
      .execute();
    const committees = [
      ...orgs.filter((o) => o.type === 'mediationCommittee'),
      ...orgs.filter((o) => o.type === 'justiceOffice').slice(0, 1),
    ];
    let n = 0;
    for (const [ci, org] of committees.entries()) await seedCommittee(trx, org, ci);
    await seedCampaign(trx, committees[0]?.id);

    async function seedCommittee(t: Trx, org: (typeof orgs)[number], ci: number) {
      const now = nowIso();
      const kind = org.type === 'justiceOffice' ? 'street' : ci % 9 === 4 ? 'industry' : 'village';
      await t
        .insertInto('medCommittees')
        .values({
          orgId: org.id,
          kind,
          industryField: kind === 'industry' ? 'property' : null,
          establishedOn: '2011-06-01',
          address: null,
          phone: null,
          sponsor: kind === 'village' ? '社区居民委员会' : null,
          supervisingOrgId: await nearestJusticeOffice(t, org.path),
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      const size = 3 + (ci % 5);
      // Terms started three years ago, staggered so that a few end within the next 60 days.
      const start = addDays(addYears(today, -3), 20 + ((ci * 37) % 200));
      const members = Array.from({ length: size }, (_, i) => {
        const termStartOn = i === size - 1 ? addDays(start, 30) : start;
        return {
          id: newId(),
          committeeOrgId: org.id,
          name: name(n + i),
          gender: i === 1 || i === 3 ? 'female' : 'male',
          role: i === 0 ? 'chair' : i === 1 && size > 4 ? 'viceChair' : 'member',
          mediatorId: null,
          termStartOn,
          termEndOn: defaultTermEnd(termStartOn),
          termWarnedOn: null,
          position: i,
          createdAt: now,
        };
      });
      n += size;
      await t.insertInto('medCommitteeMembers').values(members).execute();
      const mediatorCount = 2 + (ci % 2);
      for (let i = 0; i < mediatorCount; i++) {
        const id = newId();
        const dismissed = ci === 1 && i === 1;
        await t
          .insertInto('medMediators')
          .values({
            id,
            orgId: org.id,
            userId: null,
            name: members[i]!.name,
            gender: members[i]!.gender,
            employment: i === 0 ? 'fullTime' : 'partTime',
            specialities: JSON.stringify(specialityPool[(ci + i) % specialityPool.length]),
            phone: null,
            status: dismissed ? 'dismissed' : 'active',
            appointedOn: members[i]!.termStartOn,
            dismissedOn: dismissed ? addDays(today, -40) : null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
        await t
          .insertInto('medTrainings')
          .values({
            id: newId(),
            mediatorId: id,
            title: '河西区人民调解员年度业务培训',
            organiser: '天津市河西区司法局',
            startedOn: addDays(today, -120),
            endedOn: addDays(today, -119),
            hours: 16,
            passed: 1,
            createdBy: 'system',
            createdAt: now,
          })
          .execute();
        if (dismissed) {
          await t
            .insertInto('medDisciplines')
            .values({
              id: newId(),
              mediatorId: id,
              ground: 'bribery',
              measure: 'dismissal',
              facts: '调解中收受一方当事人财物，经查属实，由推选单位予以罢免。',
              decidedOn: addDays(today, -40),
              decidedBy: 'system',
              createdAt: now,
            })
            .execute();
        }
      }
    }

    async function seedCampaign(t: Trx, firstCommittee: string | undefined) {
      const district = await t
        .selectFrom('organisations')
        .select('id')
        .where('type', '=', 'districtBureau')
        .where('regionCode', '=', districtCode)
        .executeTakeFirst();
      if (!district) return;
      const now = nowIso();
      const id = newId();
      await t
        .insertInto('medCampaigns')
        .values({
          id,
          orgId: district.id,
          title: '春节前矛盾纠纷集中排查化解',
          regionCode: districtCode,
          periodStart: addDays(today, -30),
          periodEnd: addDays(today, 30),
          focus: '婚姻家庭、邻里、物业和劳动争议纠纷',
          status: 'open',
          createdBy: 'system',
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      const streets = await t
        .selectFrom('regions')
        .select('code')
        .where('parentCode', '=', districtCode)
        .orderBy('code')
        .limit(4)
        .execute();
      const plan = [
        ['平江里楼上漏水纠纷', 'neighbour', 'medium', 'assigned'],
        ['老旧小区物业费收取纠纷', 'property', 'high', 'open'],
        ['装修公司拖欠工人工资', 'labour', 'high', 'assigned'],
        ['赡养老人费用分担纠纷', 'marriageFamily', 'low', 'resolved'],
        ['停车位占用纠纷', 'neighbour', 'low', 'resolved'],
        ['房屋租赁押金退还纠纷', 'contract', 'none', 'open'],
      ] as const;
      for (const [i, [title, kind, riskLevel, status]] of plan.entries()) {
        const regionCode = streets[i % Math.max(streets.length, 1)]?.code ?? districtCode;
        await t
          .insertInto('medCampaignFindings')
          .values({
            id: newId(),
            campaignId: id,
            title,
            description: `${title}，当事人多次协商未果，社区网格员排查发现。`,
            districtCode,
            regionCode,
            riskLevel,
            kind,
            partiesCount: 2 + i,
            foundOn: addDays(today, -25 + i * 3),
            assignedOrgId: status === 'open' ? null : (firstCommittee ?? null),
            assignedMediatorId: null,
            status,
            resolution: status === 'resolved' ? '经社区人民调解委员会调解，双方达成和解。' : null,
            resolvedOn: status === 'resolved' ? addDays(today, -2) : null,
            caseId: null,
            createdBy: 'system',
            version: 1,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
      }
    }
  });
}
