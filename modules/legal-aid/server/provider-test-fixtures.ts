import type { Insertable } from 'kysely';
import { newId, nowIso } from '@tianping/server/db/ids';
import { testActor, testContext } from '@tianping/server/workflow/test-workflow';
import { createOrg } from '../../../server/test/factories';
import type { TestApp } from '../../../server/test/build-test-app';
import type { PaperNoticeBody } from '../contract/notice';
import { receiveNotice } from './notice-intake.service';
import type { AidProviderTable } from './provider-tables';

/**
 * Organisations of a providers/assignment test: the city bureau, two district bureaus with their legal
 * aid centres (河西 120103, 南开 120104) and two law firms.
 */
export async function aidOrgs(t: TestApp) {
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局', regionCode: '120000' });
  const hexiBureau = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市河西区司法局', regionCode: '120103' });
  const hexi = await createOrg(t, { parentId: hexiBureau.id, type: 'legalAidCentre', name: '河西区法律援助中心', regionCode: '120103' });
  const nankaiBureau = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市南开区司法局', regionCode: '120104' });
  const nankai = await createOrg(t, {
    parentId: nankaiBureau.id,
    type: 'legalAidCentre',
    name: '南开区法律援助中心',
    regionCode: '120104',
  });
  const firmA = await createOrg(t, { parentId: hexiBureau.id, type: 'lawFirm', name: '天津正义律师事务所', regionCode: '120103' });
  const firmB = await createOrg(t, { parentId: hexiBureau.id, type: 'lawFirm', name: '天津海河律师事务所', regionCode: '120103' });
  return { city, hexiBureau, hexi, nankaiBureau, nankai, firmA, firmB };
}

/** A provider row written directly (the registry's own routes are tested in provider.test.ts). */
export async function insertTestProvider(t: TestApp, over: Partial<Insertable<AidProviderTable>> & { orgId: string }): Promise<string> {
  const id = newId();
  const now = nowIso();
  await t.kernel.db
    .insertInto('aidProviders')
    .values({
      id,
      kind: 'lawyer',
      name: `律师${id.slice(-4)}`,
      userId: null,
      firmOrgId: null,
      regionCode: '120103',
      specialities: JSON.stringify(['criminal']),
      licenceNo: null,
      practiceSince: '2010-01-01',
      relevantCriminalYears: 10,
      contactPhone: '022-23456789',
      idNumberEnc: null,
      idNumberIndex: null,
      active: 1,
      note: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...over,
    })
    .execute();
  return id;
}

/** A paper mandatory-defence notice through AA's intake: a case in `granted` with the 3-day timer. */
export async function createNoticeCase(
  t: TestApp,
  centreId: string,
  over: Partial<PaperNoticeBody> = {},
): Promise<{ id: string; caseNumber: string }> {
  const actor = testActor({ userId: newId(), orgId: centreId }, ['legalAid.application.intake']);
  const c = await receiveNotice(t.kernel, testContext(actor), actor, {
    ground: 'noticeMinor',
    senderKind: 'court',
    senderName: '天津市河西区人民法院',
    documentNo: `（2025）津0103刑初${newId().slice(-5)}号`,
    stage: 'trial',
    issuedOn: '2025-10-17',
    defendant: { name: '李小明' },
    charge: '盗窃罪',
    opponents: [{ name: '天津市宏达建筑工程有限公司' }],
    centreOrgId: centreId,
    ...over,
  } as PaperNoticeBody);
  return { id: c.id, caseNumber: c.caseNumber };
}
