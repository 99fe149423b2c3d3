import { describe, expect, it } from 'vitest';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { countOf, handlingSetup, writtenAgreement } from './handling.test-setup';

describe('agreements and outcomes (人民调解法 第二十三条、第二十六条、第二十八条至第三十一条)', async () => {
  const s = await handlingSetup();
  const { t, reader, other, post } = s;
  const served = (caseId: string) => t.kernel.db.selectFrom('serviceRecords').selectAll().where('entityId', '=', caseId).execute();

  it('403, 404, then an agreement without every signature → 400 MED_AGREEMENT_UNSIGNED and nothing written', async () => {
    const c = await s.mediating(['13912346101', '13912346102']);
    const body = writtenAgreement(c);
    expect((await post(c.id, 'agreement', body, reader.headers)).statusCode).toBe(403);
    expect((await post(c.id, 'agreement', body, other.headers)).statusCode).toBe(404);
    const oneSigned = await post(c.id, 'agreement', { ...body, signatures: body.signatures.slice(0, 1) });
    expect(oneSigned.statusCode).toBe(400);
    expect(oneSigned.json().error).toMatchObject({ code: 'MED_AGREEMENT_UNSIGNED', field: 'signatures' });
    expect(oneSigned.json().error.message).toContain('吴刚');
    const noMediator = await post(c.id, 'agreement', { ...body, mediatorSignature: null });
    expect(noMediator.json().error).toMatchObject({ code: 'MED_AGREEMENT_UNSIGNED', field: 'mediatorSignature' });
    const noSeal = await post(c.id, 'agreement', { ...body, mediatorSignature: { ...body.mediatorSignature, committeeSeal: false } });
    expect(noSeal.json().error).toMatchObject({ code: 'MED_AGREEMENT_UNSIGNED', field: 'mediatorSignature.committeeSeal' });
    const noTerms = await post(c.id, 'agreement', { ...body, performanceManner: ' ' });
    expect(noTerms.json().error).toMatchObject({ code: 'MED_AGREEMENT_CONTENTS_MISSING', field: 'performanceManner' });
    const noDue = await post(c.id, 'agreement', { ...body, performanceDueOn: null });
    expect(noDue.json().error).toMatchObject({ code: 'MED_AGREEMENT_CONTENTS_MISSING', field: 'performanceDueOn' });
    const invalid = await post(c.id, 'agreement', { ...body, form: 'handshake' });
    expect(invalid.statusCode).toBe(400);
    expect(await countOf(t, 'medAgreements', c.id)).toBe(0);
    expect((await t.kernel.db.selectFrom('medCases').select('state').where('id', '=', c.id).executeTakeFirst())?.state).toBe('mediating');
    expect(await served(c.id)).toHaveLength(0);
  });

  it('generates the 调解协议书 for signing: contents checked, not served, the case still mediating', async () => {
    const c = await s.mediating(['13912346161', '13912346162']);
    const { form: _f, signatures: _s, mediatorSignature: _m, ...draft } = writtenAgreement(c);
    const incomplete = await post(c.id, 'agreement/draft', { ...draft, responsibilities: '' });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error).toMatchObject({ code: 'MED_AGREEMENT_CONTENTS_MISSING', field: 'responsibilities' });
    const res = await post(c.id, 'agreement/draft', draft);
    expect(res.statusCode, res.body).toBe(201);
    const file = await t.kernel.db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', res.json().attachmentId)
      .executeTakeFirstOrThrow();
    expect(file).toMatchObject({ entityType: 'medCase', entityId: c.id, templateId: 'mediation.agreement' });
    expect(await served(c.id)).toHaveLength(0);
    expect(await countOf(t, 'medAgreements', c.id)).toBe(0);
    expect((await lastAudit(t, c.id))?.action).toBe('mediation.agreement.draft');
  });

  it('a signed written agreement: succeeded, 3 copies, signatures, document served to the parties, confirmation offered, audited', async () => {
    const citizen = await signInCitizen(t, '13912346111');
    const c = await s.mediating(['13912346111', '13912346112']);
    const res = await post(c.id, 'agreement', writtenAgreement(c));
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v.state).toBe('succeeded');
    expect(v.agreement).toMatchObject({ form: 'written', effectiveOn: '2026-03-02', copies: 3, mediatorName: '刘桂兰' });
    expect(v.agreement.signatures).toHaveLength(3);
    expect(v.agreement.signatures[1]).toMatchObject({ signerKind: 'party', name: '吴刚', way: 'fingerprint', wayLabel: { zh: '按指印' } });
    expect(v.agreement.documentAttachmentId).toBeTruthy();
    expect(v.confirmationWindow).toMatchObject({
      effectiveOn: '2026-03-02',
      lastDay: '2026-04-01',
      open: true,
      daysLeft: 30,
      fixedCourt: null,
    });
    expect(v.confirmationWindow.explanation.zh.join('')).toContain('人民调解法');
    expect(v.abilities).toMatchObject({
      canApplyConfirmation: true,
      canRecordPerformance: true,
      canRecordFollowup: true,
      canRecordSession: false,
    });
    const services = await served(c.id);
    expect(services.map((x) => x.channel).sort()).toEqual(['portal', 'sms']);
    const row = await t.kernel.db.selectFrom('medCases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'succeeded', outcome: 'agreementWritten', closedOn: '2026-03-02' });
    const audits = await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', c.id).execute();
    expect(audits.map((a) => a.action)).toContain('mediation.agreement.record');
    const again = await post(c.id, 'agreement', writtenAgreement(c));
    expect(again.statusCode).toBe(409);
    const mine = (
      await t.app.inject({ method: 'GET', url: `/api/citizen/mediation/cases/${c.id}/handling`, headers: citizen.headers })
    ).json();
    expect(mine.agreement).toMatchObject({ terms: '吴刚于十日内清理通道杂物，并补偿周敏500元。' });
    expect(mine.agreement.signatures).toBeUndefined();
    expect(mine.abilities.canRate).toBe(true);
  });

  it('an oral agreement is recorded by the mediator and takes effect the day reached (第三十条)', async () => {
    const c = await s.mediating(['13912346121', '13912346122']);
    const res = await post(c.id, 'agreement', {
      form: 'oral',
      reachedOn: '2026-03-02',
      facts: '邻里间因晾晒衣物发生口角',
      terms: '双方互相道歉，今后错开晾晒时间',
      performanceManner: '即时履行',
      mediatorName: '刘桂兰',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'succeeded',
      agreement: { form: 'oral', effectiveOn: '2026-03-02', copies: 0, signatures: [] },
    });
    expect((await lastAudit(t, c.id))?.entityId).toBe(c.id);
  });

  it('failure ends the case with the notice of other channels (第二十六条), served', async () => {
    const c = await s.mediating(['13912346131', '13912346132']);
    const bad = await post(c.id, 'failure', { reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('reason');
    const res = await post(c.id, 'failure', { reason: '双方对补偿金额分歧较大，经三次调解未能达成一致' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'failed',
      outcome: { kind: 'failed', closedOn: '2026-03-02', label: { article: '人民调解法 第二十六条' } },
    });
    expect(res.json().outcome.noticeAttachmentId).toBeTruthy();
    expect(await served(c.id)).toHaveLength(2);
    const row = await t.kernel.db.selectFrom('medCases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'failed', outcome: 'failed' });
    const audits = (await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', c.id).execute()).map(
      (a) => a.action,
    );
    expect(audits).toContain('mediation.case.fail');
  });

  it('withdrawal at a party’s request (第二十三条) → withdrawn; an unknown party → 400, nothing written', async () => {
    const c = await s.mediating(['13912346141', '13912346142']);
    const unknown = await post(c.id, 'withdrawal', { reason: '已自行和解', partyId: '01J00000000000000000000000' });
    expect(unknown.json().error).toMatchObject({ code: 'MED_PARTY_UNKNOWN', field: 'partyId' });
    expect(await countOf(t, 'medOutcomes', c.id)).toBe(0);
    const res = await post(c.id, 'withdrawal', { reason: '已自行和解', partyId: c.applicant });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'withdrawn', outcome: { kind: 'withdrawn', reason: '周敏：已自行和解' } });
  });

  it('performance (第三十一条) and follow-ups; the citizen rates once', async () => {
    const citizen = await signInCitizen(t, '13912346152');
    const c = await s.mediating(['13912346151', '13912346152']);
    const early = await post(c.id, 'performance', { status: 'performed', checkedOn: '2026-03-02', performedOn: '2026-03-02' });
    expect(early.json().error.code).toBe('MED_INVALID_TRANSITION');
    await post(c.id, 'agreement', writtenAgreement(c));
    const noDay = await post(c.id, 'performance', { status: 'performed', checkedOn: '2026-03-02' });
    expect(noDay.json().error).toMatchObject({ code: 'MED_PERFORMED_ON_REQUIRED', field: 'performedOn' });
    expect(await countOf(t, 'medPerformance', c.id)).toBe(0);
    const partly = await post(c.id, 'performance', { status: 'partly', checkedOn: '2026-03-02', note: '杂物已清理，补偿款未付' });
    expect(partly.statusCode, partly.body).toBe(200);
    const done = await post(c.id, 'performance', { status: 'performed', checkedOn: '2026-03-02', performedOn: '2026-03-02' });
    expect(done.json().performance.map((p: { status: string }) => p.status)).toEqual(['partly', 'performed']);
    const visit = await post(c.id, 'followups', {
      visitedOn: '2026-03-02',
      way: 'phone',
      partyId: c.applicant,
      result: '协议已履行，双方关系缓和',
      satisfaction: 5,
    });
    expect(visit.statusCode, visit.body).toBe(200);
    expect(visit.json().followups[0]).toMatchObject({ way: 'phone', satisfaction: 5, wayLabel: { zh: '电话回访' } });
    expect((await lastAudit(t, c.id))?.action).toBe('mediation.followup.record');
    const url = `/api/citizen/mediation/cases/${c.id}/satisfaction`;
    const badRating = await t.app.inject({ method: 'POST', url, payload: { rating: 6 }, headers: citizen.headers });
    expect(badRating.statusCode).toBe(400);
    expect(badRating.json().error.field).toBe('rating');
    const rated = await t.app.inject({ method: 'POST', url, payload: { rating: 4, comment: '调解员很耐心' }, headers: citizen.headers });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ myRatings: [{ satisfaction: 4, comment: '调解员很耐心' }], abilities: { canRate: false } });
    const twice = await t.app.inject({ method: 'POST', url, payload: { rating: 5 }, headers: citizen.headers });
    expect(twice.json().error.code).toBe('MED_RATING_NOT_OPEN');
    expect((await lastAudit(t, c.id))?.action).toBe('mediation.satisfaction.rate');
  });
});
