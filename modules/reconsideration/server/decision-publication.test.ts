import { describe, expect, it } from 'vitest';
import { maskPersonName, maskText } from './case-publication.service';
import { acceptedCase, auditActions, call, decisionTestbed, type Testbed } from './decision.test-setup';

/** Drafts, approves and issues a decision on a new case; returns the case and draft ids. */
async function issuedCase(bed: Testbed, opts: { applicantName: string; applicantKind: 'person' | 'organisation'; reasoning: string }) {
  const { t, people } = bed;
  const c = await acceptedCase(bed, {
    overrides: {
      applicantName: opts.applicantName,
      applicantKind: opts.applicantKind,
      caseNumber: `津河西复〔2025〕${Math.floor(Math.random() * 9000) + 1000}号`,
      requests: `${opts.applicantName}请求撤销行政处罚决定`,
    },
  });
  const base = `/cases/${c.id}/decision-drafts`;
  const made = await call(t, people.handler, 'POST', base, {
    decisionType: 'revoke',
    withCompensation: false,
    reasoning: opts.reasoning,
    approvalRoute: 'collective',
  });
  const draftId = made.json().drafts[0].id as string;
  await call(t, people.handler, 'POST', `${base}/${draftId}/submit`);
  await call(t, people.officeHead, 'POST', `${base}/${draftId}/approvals`, { step: 'officeHead', verdict: 'approve' });
  await call(t, people.authorityHead, 'POST', `${base}/${draftId}/approvals`, { step: 'collective', verdict: 'approve' });
  return { c, draftId, base };
}

describe('publication of decisions (行政复议法 第七十九条) and opinion letters (第七十六条)', async () => {
  const bed = await decisionTestbed();
  const { t, people } = bed;

  it('masks names of persons and every ID number and mobile number', () => {
    expect(maskPersonName('张三')).toBe('张某');
    expect(maskPersonName('张三丰')).toBe('张某某');
    expect(maskText('张三丰与张三，身份证120101199001011234，电话13912345678', ['张三', '张三丰'])).toBe(
      '张某某与张某，身份证1201**********1234，电话139****5678',
    );
  });

  it('publishes only issued decisions, once, as an audited step of the office', async () => {
    const { c, draftId, base } = await issuedCase(bed, {
      applicantName: '李小龙',
      applicantKind: 'person',
      reasoning: '申请人李小龙（身份证号120101199001011234，电话13912345678）主张处罚事实不清，本机关予以采纳。',
    });
    const early = await call(t, people.officeHead, 'POST', `${base}/${draftId}/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('RECON_DECISION_NOT_ISSUED');
    expect((await call(t, people.authorityHead, 'POST', `${base}/${draftId}/issue`, { issuedOn: '2025-12-22' })).statusCode).toBe(200);
    expect((await call(t, null, 'POST', `${base}/${draftId}/publish`)).statusCode).toBe(401);
    expect((await call(t, people.handler, 'POST', `${base}/${draftId}/publish`)).statusCode).toBe(403);
    expect((await call(t, people.nankai, 'POST', `${base}/${draftId}/publish`)).statusCode).toBe(404);
    const res = await call(t, people.officeHead, 'POST', `${base}/${draftId}/publish`);
    expect(res.statusCode).toBe(200);
    expect(res.json().drafts[0].published).toBe(true);
    expect(res.json().abilities.canPublish).toBe(false);
    const again = await call(t, people.officeHead, 'POST', `${base}/${draftId}/publish`);
    expect(again.json().error.code).toBe('RECON_DECISION_ALREADY_PUBLISHED');
    expect(await auditActions(t, c.id)).toContain('reconsideration.decision.publish');

    const list = await t.app.inject({ method: 'GET', url: '/api/reconsideration/published-decisions?q=李某' });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((i: { caseNumber: string }) => i.caseNumber === c.caseNumber);
    expect(item).toMatchObject({ applicant: '李某某', decisionType: 'revoke', issuedOn: '2025-12-22', actKind: 'penalty' });
    const detail = await t.app.inject({ method: 'GET', url: `/api/reconsideration/published-decisions/${item.id}` });
    expect(detail.statusCode).toBe(200);
    const text = JSON.stringify(detail.json());
    expect(text).not.toContain('李小龙');
    expect(text).not.toContain('120101199001011234');
    expect(text).not.toContain('13912345678');
    expect(detail.json()).toMatchObject({ respondentName: c.respondentName, article: '行政复议法 第六十四条' });
    expect(detail.json().reasoning).toContain('申请人李某某（身份证号1201**********1234，电话139****5678）');
    expect(detail.json().requests).toBe('李某某请求撤销行政处罚决定');
    expect(detail.json().operative).toContain('撤销被申请人作出的');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/reconsideration/published-decisions/01ARZ3NDEKTSV4RRFFQ69G5FAV' })).statusCode,
    ).toBe(404);
  });

  it('shows organisation applicants in full', async () => {
    const { base, draftId, c } = await issuedCase(bed, {
      applicantName: '天津某某贸易有限公司',
      applicantKind: 'organisation',
      reasoning: '本机关认为被申请人程序违法。',
    });
    await call(t, people.authorityHead, 'POST', `${base}/${draftId}/issue`, { issuedOn: '2025-12-23' });
    await call(t, people.officeHead, 'POST', `${base}/${draftId}/publish`);
    const list = await t.app.inject({ method: 'GET', url: '/api/reconsideration/published-decisions?pageSize=50' });
    expect(list.json().items.find((i: { caseNumber: string }) => i.caseNumber === c.caseNumber).applicant).toBe('天津某某贸易有限公司');
    expect(list.json().total).toBeGreaterThanOrEqual(2);
  });

  it('issues an opinion letter with its 60-day report period and records the report; a suggestion letter has none', async () => {
    const c = await acceptedCase(bed, { overrides: { caseNumber: '津河西复〔2025〕300号' } });
    const url = `/cases/${c.id}/opinion-letters`;
    const letter = { recipientOrgId: bed.orgs.agency.id, content: '执法文书未告知复议权利和期限。', issuedOn: '2025-12-01' };
    expect((await call(t, null, 'POST', url, letter)).statusCode).toBe(401);
    expect((await call(t, people.handler, 'POST', url, letter)).statusCode).toBe(403);
    expect((await call(t, people.officeHead, 'POST', url, { content: '缺少收件机关' })).statusCode).toBe(400);
    expect((await call(t, people.nankai, 'POST', url, letter)).statusCode).toBe(404);
    const res = await call(t, people.officeHead, 'POST', url, letter);
    expect(res.statusCode).toBe(201);
    const issued = res.json().opinionLetters[0];
    expect(issued).toMatchObject({
      kind: 'opinion',
      recipientName: '天津市河西区市场监督管理局',
      issuedOn: '2025-12-01',
      reportDueOn: '2026-01-30',
      canRecordReport: true,
    });
    expect(issued.document.attachmentId).toBeTruthy();
    const suggestion = await call(t, people.officeHead, 'POST', url, {
      kind: 'suggestion',
      recipientName: '天津市河西区人民政府',
      content: '建议加强执法培训。',
    });
    const s = suggestion.json().opinionLetters[1];
    expect(s).toMatchObject({ kind: 'suggestion', reportDueOn: null, status: 'none', canRecordReport: false });
    const noReport = await call(t, people.officeHead, 'POST', `${url}/${s.id}/report`, { reportedOn: '2025-12-20', content: '已整改' });
    expect(noReport.json().error.code).toBe('RECON_LETTER_NO_REPORT');
    const report = await call(t, people.officeHead, 'POST', `${url}/${issued.id}/report`, {
      reportedOn: '2026-01-15',
      content: '已重新制作执法文书模板。',
    });
    expect(report.statusCode).toBe(200);
    expect(report.json().opinionLetters[0]).toMatchObject({ status: 'reported', reportedOn: '2026-01-15', canRecordReport: false });
    expect(await auditActions(t, c.id)).toEqual(expect.arrayContaining(['reconsideration.letter.issue', 'reconsideration.letter.report']));
  });
});
