import type { Insertable } from 'kysely';
import { newId, nowIso } from '@tianping/server/db/ids';
import { createOrg } from '../../../server/test/factories';
import type { TestApp } from '../../../server/test/build-test-app';
import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import type { MedMediatorTable } from './organisation-tables';

/**
 * The organisations of a mediation test: the city bureau; 河西 district bureau with a 司法所
 * (street 120103001, hosting the street committee) and two village committees under it; 南开 with
 * one village committee.
 */
export async function medOrgs(t: TestApp) {
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局', regionCode: '120000' });
  const hexi = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市河西区司法局', regionCode: '120103' });
  const office = await createOrg(t, { parentId: hexi.id, type: 'justiceOffice', name: '河西区友谊路街道司法所', regionCode: '120103001' });
  const villageA = await createOrg(t, {
    parentId: office.id,
    type: 'mediationCommittee',
    name: '友谊路街道平江里社区人民调解委员会',
    regionCode: '120103001001',
  });
  const villageB = await createOrg(t, {
    parentId: office.id,
    type: 'mediationCommittee',
    name: '友谊路街道谊景村社区人民调解委员会',
    regionCode: '120103001002',
  });
  const nankai = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市南开区司法局', regionCode: '120104' });
  const nankaiVillage = await createOrg(t, {
    parentId: nankai.id,
    type: 'mediationCommittee',
    name: '南开区长虹街道人民调解委员会',
    regionCode: '120104001001',
  });
  return { city, hexi, office, villageA, villageB, nankai, nankaiVillage };
}

/** A mediator of a committee (MB's table), active unless said otherwise. */
export async function createMediator(t: TestApp, orgId: string, overrides: Partial<Insertable<MedMediatorTable>> = {}) {
  const id = newId();
  const now = nowIso();
  await t.kernel.db
    .insertInto('medMediators')
    .values({
      id,
      orgId,
      userId: null,
      name: `调解员${id.slice(-4)}`,
      gender: 'female',
      employment: 'partTime',
      specialities: '[]',
      phone: null,
      status: 'active',
      appointedOn: '2024-01-01',
      dismissedOn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    })
    .execute();
  return id;
}

export function testIdNumber(seq = '123', birth = '19850612', region = '120103'): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

/** A complete staff intake body (walk-in, two parties); override what a test varies. */
export function intakeBody(overrides: Record<string, unknown> = {}) {
  return {
    source: 'walkIn',
    kind: 'neighbour',
    title: '邻里漏水纠纷',
    facts: '楼上住户卫生间长期漏水，导致楼下住户顶棚受损，双方协商赔偿未果。',
    amountYuan: 3000,
    receivedOn: '2026-03-02',
    parties: [
      {
        role: 'applicant',
        name: '王芳',
        gender: 'female',
        idNumber: testIdNumber('123'),
        phone: '13912340001',
        address: '天津市河西区平江里3号楼201',
      },
      {
        role: 'respondent',
        name: '赵强',
        gender: 'male',
        idNumber: testIdNumber('135'),
        phone: '13912340002',
        address: '天津市河西区平江里3号楼301',
      },
    ],
    ...overrides,
  };
}

export const staffPermissions = ['mediation.case.read', 'mediation.case.intake', 'mediation.case.handle'];

/** The number of cases, for "nothing written" checks. */
export async function caseCount(t: TestApp): Promise<number> {
  const row = await t.kernel.db
    .selectFrom('medCases')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
