import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { caseFileRubric } from '../domain/quality';
import { createAidCase } from './casework-test-fixtures';
import { aidOrgs } from './provider-test-fixtures';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const fullScores = Object.fromEntries(caseFileRubric.items.map((i) => [i.key, i.maxPoints]));

describe('quality: case-file review, follow-ups, portal rating, reproducible sampling draw', async () => {
  const t = await buildTestApp(tempFileStore());
  setClock(t, '2025-12-01T02:00:00.000Z');
  const orgs = await aidOrgs(t);
  const alice = await signInCitizen(t, '13912340301');
  const q = 'legalAid.quality.manage';
  const reviewer = await loginAs(t, { permissions: ['legalAid.application.read', q], orgId: orgs.hexiBureau.id, scope: 'subtree' });
  const reader = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: orgs.hexi.id });
  const nankai = await loginAs(t, { permissions: ['legalAid.application.read', q], orgId: orgs.nankai.id });
  const closed = (on: string, citizenId: string | null = null, orgId = orgs.hexi.id) =>
    createAidCase(t, { orgId, staffUserId: reviewer.userId, state: 'closed', on, citizenId });
  const post = (url: string, headers: Record<string, string> | undefined, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/legal-aid/${url}`, headers: headers ?? {}, payload });

  it('case-file review: 401, 403, 400 naming the rubric item, 404 out of scope, 409 while open, then total and grade audited', async () => {
    const id = await closed('2025-11-20');
    const body = { scores: fullScores, reviewedOn: '2025-11-30', comments: '卷宗齐全' };
    expect((await post(`cases/${id}/quality-reviews`, undefined, body)).statusCode).toBe(401);
    expect((await post(`cases/${id}/quality-reviews`, reader.headers, body)).statusCode).toBe(403);
    const bad = await post(`cases/${id}/quality-reviews`, reviewer.headers, { ...body, scores: { ...fullScores, opinion: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'AID_QUALITY_SCORE_INVALID', field: 'scores.opinion' });
    expect((await post(`cases/${id}/quality-reviews`, nankai.headers, body)).statusCode).toBe(404);
    const open = await createAidCase(t, { orgId: orgs.hexi.id, staffUserId: reviewer.userId, state: 'assigned' });
    expect((await post(`cases/${open}/quality-reviews`, reviewer.headers, body)).json().error.code).toBe('AID_CASE_NOT_CLOSED');
    expect(await t.kernel.db.selectFrom('aidQualityReviews').selectAll().execute()).toHaveLength(0);

    const res = await post(`cases/${id}/quality-reviews`, reviewer.headers, { ...body, scores: { ...fullScores, opinion: 10 } });
    expect(res.statusCode).toBe(201);
    expect(res.json().reviews[0]).toMatchObject({ total: 85, grade: 'good', gradeLabel: { zh: '良好' }, rubricVersion: 1 });
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.quality.review' });
    const rubric = await t.app.inject({ method: 'GET', url: '/api/legal-aid/quality/rubric', headers: reviewer.headers });
    expect(rubric.json().items).toHaveLength(caseFileRubric.items.length);
  });

  it('follow-up calls and the recipient’s own rating in the portal (once)', async () => {
    const id = await closed('2025-11-21', alice.body.citizen.id);
    const call = await post(`cases/${id}/followups`, reviewer.headers, {
      channel: 'phone',
      contactedOn: '2025-11-28',
      reached: true,
      satisfaction: 5,
    });
    expect(call.statusCode).toBe(201);
    expect(call.json().followups[0]).toMatchObject({ channel: 'phone', satisfaction: 5, reached: true });
    const rate = (payload: object, headers: Record<string, string> = alice.headers) =>
      t.app.inject({ method: 'POST', url: `/api/citizen/legal-aid/cases/${id}/satisfaction`, headers, payload });
    expect((await rate({ rating: 4 }, {})).statusCode).toBe(401);
    expect((await rate({ rating: 6 })).json().error.field).toBe('rating');
    const ok = await rate({ rating: 4, comment: '律师很负责' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ channel: 'portal', satisfaction: 4 });
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.quality.rate', actorType: 'citizen' });
    expect((await rate({ rating: 1 })).json().error.code).toBe('AID_SATISFACTION_ALREADY_RATED');
    const portal = await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}/casework`, headers: alice.headers });
    expect(portal.json()).toMatchObject({ state: 'closed', rating: 4, abilities: { canRate: false, canObject: false } });
    await post(`cases/${id}/followups`, reviewer.headers, { channel: 'phone', contactedOn: '2025-11-29', reached: true, satisfaction: 2 });
    await post(`cases/${id}/followups`, reviewer.headers, { channel: 'phone', contactedOn: '2025-11-30', reached: false });
    const stats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: orgs.hexiBureau.id, scope: 'subtree' });
    const metric = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/legalAid.satisfactionRate?from=2025-11-01&to=2025-12-31&groupBy=region',
      headers: stats.headers,
    });
    expect(metric.statusCode, metric.body).toBe(200);
    // 5, 4 satisfied and 2 not, of three ratings (the unreached call has none).
    expect(metric.json().rows).toEqual([expect.objectContaining({ key: '120103', value: 66.67 })]);
  });

  it('a recorded, reproducible draw: seed from the published value and instant, anyone can recompute it', async () => {
    const ids = [];
    for (const on of ['2025-10-03', '2025-10-09', '2025-10-15', '2025-10-21', '2025-10-27', '2025-11-02']) ids.push(await closed(on));
    await closed('2025-10-10', null, orgs.nankai.id); // another district: outside the population
    await closed('2025-09-30'); // before the period
    const body = {
      orgId: orgs.hexi.id,
      periodFrom: '2025-10-01',
      periodTo: '2025-11-02',
      publishedValue: '福彩3D 2025320期 5 8 1',
      size: 3,
    };
    expect((await post('sampling-draws', reader.headers, body)).statusCode).toBe(403);
    expect((await post('sampling-draws', reviewer.headers, { ...body, size: undefined })).json().error.field).toBe('size');
    const outside = await post('sampling-draws', reviewer.headers, { ...body, orgId: orgs.nankaiBureau.id });
    expect(outside.json().error).toMatchObject({ code: 'AID_SAMPLE_ORG_INVALID', field: 'orgId' });
    const empty = await post('sampling-draws', reviewer.headers, { ...body, periodFrom: '2024-01-01', periodTo: '2024-02-01' });
    expect(empty.json().error.code).toBe('AID_SAMPLE_EMPTY');

    const res = await post('sampling-draws', reviewer.headers, body);
    expect(res.statusCode).toBe(201);
    const draw = res.json();
    expect(draw.populationIds).toEqual([...ids].sort());
    expect(draw.populationCount).toBe(6);
    expect(draw.sampleIds).toHaveLength(3);
    expect(draw.seed).toBe(sha256(`${body.publishedValue}|${draw.drawnAt}`));
    expect(draw.verified).toBe(true);
    expect(draw.recompute.zh).toHaveLength(4);
    // Recompute by hand from the published steps.
    const pop = [...draw.populationIds];
    for (let i = 0; i < 3; i += 1) {
      const r = Number.parseInt(sha256(`${draw.seed}:${i}`).slice(0, 13), 16);
      const j = i + (r % (pop.length - i));
      [pop[i], pop[j]] = [pop[j], pop[i]];
    }
    expect(draw.sampleIds).toEqual(pop.slice(0, 3));
    const again = await t.app.inject({ method: 'GET', url: `/api/legal-aid/sampling-draws/${draw.id}`, headers: reviewer.headers });
    expect(again.json()).toMatchObject({ sampleIds: draw.sampleIds, seed: draw.seed, verified: true });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/legal-aid/sampling-draws/${draw.id}`, headers: nankai.headers })).statusCode,
    ).toBe(404);
    const audit = await lastAudit(t, draw.id);
    expect(audit).toMatchObject({ action: 'legalAid.sampling.draw' });

    // A sampled case reviewed under the draw shows as reviewed.
    const sampled = draw.sampleIds[0];
    await post(`cases/${sampled}/quality-reviews`, reviewer.headers, { scores: fullScores, reviewedOn: '2025-12-01', drawId: draw.id });
    const after = (
      await t.app.inject({ method: 'GET', url: `/api/legal-aid/sampling-draws/${draw.id}`, headers: reviewer.headers })
    ).json();
    expect(after.sample.find((s: { caseId: string }) => s.caseId === sampled).reviewed).toBe(true);
  });
});
