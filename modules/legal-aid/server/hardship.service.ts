import { localDateAt } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail } from '@tianping/server/http/errors';
import { findOrgById } from '@tianping/server/org/org.repository';
import type { EligibilityAnswers, EligibilityResultView, PrecheckBody } from '../contract/application';
import { legalAidErrors } from '../contract/errors';
import { EXAMPLE_STANDARD_LABEL, type HardshipStandardBody } from '../contract/hardship';
import { checkEligibility, type EligibilityResult } from '../domain/eligibility';
import { inForce, planNewStandard, type HardshipStandard } from '../domain/hardship';
import { LegalAidError } from '../domain/legal-aid-error';
import { findCaseInScope, findParties, updateCase } from './case.repository';
import { hardshipDataSource } from './hardship-verification';

type Services = Pick<Kernel, 'db' | 'clock'>;

/** Tianjin's city code: the city-wide standard. */
export const CITY_REGION = '120000';

export function mapDomainError(err: unknown): never {
  if (err instanceof LegalAidError) throw fail(legalAidErrors, err.code, { field: err.field, cause: err });
  throw err;
}

export async function loadStandards(db: DbOrTrx): Promise<HardshipStandard[]> {
  const rows = await db.selectFrom('aidHardshipStandards').selectAll().orderBy('regionCode').orderBy('effectiveFrom').execute();
  return rows.map((r) => ({ ...r, example: r.example === 1 }));
}

const outcomeLabels = {
  eligible: { zh: '符合法律援助条件', en: 'Meets the conditions' },
  ineligible: { zh: '不符合法律援助条件', en: 'Does not meet the conditions' },
  outOfScope: { zh: '不属于法律援助事项范围', en: 'Outside the scope of legal aid' },
  discretion: { zh: '由法律援助机构审查决定', en: 'For the centre to decide' },
} as const;

export function eligibilityView(r: EligibilityResult, applicationDate: string): EligibilityResultView {
  return { ...r, outcomeLabel: outcomeLabels[r.outcome], applicationDate };
}

/** Evaluates the answers for a centre's region on a date (400 for invalid answers, 409 without a standard). */
export async function evaluate(db: DbOrTrx, answers: EligibilityAnswers, regionCode: string, date: string): Promise<EligibilityResult> {
  const standards = await loadStandards(db);
  try {
    return checkEligibility(
      {
        matterKind: answers.matterKind,
        exemption: answers.exemption,
        exemptionProof: !!answers.exemptionProof,
        householdSize: answers.householdSize ?? null,
        monthlyIncomeYuan: answers.monthlyIncomeYuan ?? null,
        applicationDate: date,
        regionCode,
        hasCounsel: answers.hasCounsel,
        retrialOrdered: answers.retrialOrdered ?? null,
        onBehalf: answers.onBehalf,
      },
      standards,
    );
  } catch (err) {
    return mapDomainError(err);
  }
}

/** POST …/precheck: the wizard's result, explained; nothing is written. */
export async function precheck(k: Services, body: PrecheckBody, staff: boolean): Promise<EligibilityResultView> {
  const today = localDateAt(k.clock.now());
  const date = staff && body.applicationDate ? body.applicationDate : today;
  if (date > today) throw fail(legalAidErrors, 'AID_DATE_IN_FUTURE', { field: 'applicationDate' });
  let region = CITY_REGION;
  if (body.orgId) {
    const org = await findOrgById(k.db, body.orgId);
    if (!org || org.type !== 'legalAidCentre') throw fail(legalAidErrors, 'AID_CENTRE_INVALID', { field: 'orgId' });
    region = org.regionCode.slice(0, 6);
  }
  return eligibilityView(await evaluate(k.db, body, region, date), date);
}

export async function listStandards(k: Services) {
  const today = localDateAt(k.clock.now());
  return { items: (await loadStandards(k.db)).map((s) => ({ ...s, inForceToday: inForce(s, today) })) };
}

/** POST /api/legal-aid/hardship-standards: a new standard; the open one of the region ends the day before. */
export async function createStandard(
  k: Pick<Kernel, 'db' | 'clock' | 'audit'>,
  ctx: RequestContext,
  actor: ScopedActor,
  body: HardshipStandardBody,
) {
  const input = { ...body, effectiveTo: body.effectiveTo ?? null };
  return k.db.transaction().execute(async (trx) => {
    let plan: ReturnType<typeof planNewStandard>;
    try {
      plan = planNewStandard(await loadStandards(trx), input);
    } catch (err) {
      return mapDomainError(err);
    }
    if (plan.endPrevious)
      await trx
        .updateTable('aidHardshipStandards')
        .set({ effectiveTo: plan.endPrevious.effectiveTo })
        .where('id', '=', plan.endPrevious.id)
        .execute();
    const id = newId();
    await trx
      .insertInto('aidHardshipStandards')
      .values({
        id,
        regionCode: input.regionCode,
        monthlyPerCapitaYuan: input.monthlyPerCapitaYuan,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo,
        source: input.source,
        example: 0,
        createdBy: actor.kind === 'staff' ? actor.userId : null,
        createdAt: k.clock.now().toISOString(),
      })
      .execute();
    await k.audit.record(trx, ctx, {
      action: 'legalAid.hardshipStandard.create',
      entityType: 'aidHardshipStandard',
      entityId: id,
      after: { ...input, endedPrevious: plan.endPrevious },
    });
    const today = localDateAt(k.clock.now());
    const created = (await loadStandards(trx)).find((s) => s.id === id)!;
    return { ...created, inForceToday: inForce(created, today) };
  });
}

/** Reference data: the EXAMPLE city-wide standard, clearly labelled, when no standard exists at all. */
export async function seedExampleStandard(k: Pick<Kernel, 'db' | 'clock'>): Promise<void> {
  const any = await k.db.selectFrom('aidHardshipStandards').select('id').executeTakeFirst();
  if (any) return;
  await k.db
    .insertInto('aidHardshipStandards')
    .values({
      id: newId(),
      regionCode: CITY_REGION,
      monthlyPerCapitaYuan: 1_320,
      effectiveFrom: '2022-01-01',
      effectiveTo: null,
      source: `${EXAMPLE_STANDARD_LABEL}（以天津市城乡居民最低生活保障标准的水平为参照的演示数据）`,
      example: 1,
      createdBy: null,
      createdAt: k.clock.now().toISOString(),
    })
    .execute();
}

/**
 * POST /api/legal-aid/cases/:id/hardship-verification (第四十一条第二款): queries the data-sharing source
 * (the development stub until connected, labelled as such) and stores the answer on the case.
 */
export async function verifyHardship(
  k: Pick<Kernel, 'db' | 'clock' | 'audit' | 'pii'>,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
) {
  const c = await findCaseInScope(k.db, actor, id);
  if (!c) throw fail(coreErrors, 'NOT_FOUND');
  if (!actor.permissions.has('legalAid.application.review') || !['received', 'correcting'].includes(c.state))
    throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  const applicant = (await findParties(k.db, c.id)).find((p) => p.role === 'applicant');
  const idNumber = applicant?.idNumberEnc ? k.pii.decrypt(applicant.idNumberEnc) : null;
  if (!applicant || !idNumber) throw fail(legalAidErrors, 'AID_APPLICANT_REQUIRED', { field: 'applicant' });
  const answer = await hardshipDataSource().query({
    name: applicant.name,
    idNumber,
    declaredIncomeYuan: c.monthlyIncomeYuan,
    declaredHouseholdSize: c.householdSize,
    checkedAt: k.clock.now().toISOString(),
  });
  return k.db.transaction().execute(async (trx) => {
    if (!(await updateCase(trx, c.id, c.version, { hardshipVerification: JSON.stringify(answer), updatedAt: k.clock.now().toISOString() })))
      throw conflict();
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.verifyHardship',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { source: answer.source, stub: answer.stub, consistent: answer.consistent, socialAssistance: answer.socialAssistance },
    });
    return answer;
  });
}
