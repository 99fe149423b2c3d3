import { describe, expect, it } from 'vitest';
import { multipartBody, samplePng } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { loginAs } from '../../../server/test/login';
import { countOf, handlingSetup } from './handling.test-setup';
import { staffPermissions } from './test-fixtures';

describe('sessions and risk (人民调解法 第二十条、第二十三条、第二十五条、第二十七条)', async () => {
  const s = await handlingSetup();
  const { t, staff, reader, other, post } = s;
  const session = (c: { applicant: string; respondent: string }, extra: object = {}) => ({
    heldOn: '2026-03-02',
    startTime: '09:30',
    place: '平江里社区调解室',
    partyIds: [c.applicant, c.respondent],
    record: '双方陈述了各自意见，调解员释明相邻关系的法律规定。',
    ...extra,
  });

  it('401 → 403 → 400 → 404 before anything is written', async () => {
    const c = await s.mediating(['13912345101', '13912345102']);
    expect((await t.app.inject({ method: 'POST', url: `/api/mediation/cases/${c.id}/sessions`, payload: session(c) })).statusCode).toBe(
      401,
    );
    expect((await post(c.id, 'sessions', session(c), reader.headers)).statusCode).toBe(403);
    const bad = await post(c.id, 'sessions', session(c, { place: '' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('place');
    expect((await post(c.id, 'sessions', session(c), other.headers)).statusCode).toBe(404);
    const future = await post(c.id, 'sessions', session(c, { heldOn: '2026-03-03' }));
    expect(future.json().error).toMatchObject({ code: 'MED_DATE_IN_FUTURE', field: 'heldOn' });
    const uninvited = await post(
      c.id,
      'sessions',
      session(c, { participants: [{ name: '李大爷', relation: 'neighbour', consentPartyIds: [c.applicant] }] }),
    );
    expect(uninvited.statusCode).toBe(400);
    expect(uninvited.json().error).toMatchObject({ code: 'MED_PARTICIPANT_CONSENT_MISSING', field: 'participants.0.consentPartyIds' });
    const publicUnasked = await post(c.id, 'sessions', session(c, { isPublic: true }));
    expect(publicUnasked.json().error).toMatchObject({ code: 'MED_SESSION_PUBLIC_NOT_REQUESTED', field: 'publicRequestedByPartyIds' });
    const strangerPhoto = await post(c.id, 'sessions', session(c, { attachmentIds: ['01J00000000000000000000000'] }));
    expect(strangerPhoto.json().error).toMatchObject({ code: 'MED_ATTACHMENT_UNKNOWN', field: 'attachmentIds.0' });
    expect(await countOf(t, 'medSessions', c.id)).toBe(0);
  });

  it('records a public session with an invited neighbour and a photo; audited; the citizen sees it without the record', async () => {
    const citizen = await signInCitizen(t, '13912345112');
    const c = await s.mediating(['13912345111', '13912345112']);
    const upload = multipartBody([
      { name: 'entityType', value: 'medCase' },
      { name: 'entityId', value: c.id },
      { name: 'file', fileName: '调解现场.png', type: 'image/png', content: samplePng },
    ]);
    const uploader = await loginAs(t, { permissions: [...staffPermissions, 'attachments.file.upload'], orgId: s.orgs.villageA.id });
    const photo = await t.app.inject({
      method: 'POST',
      url: '/api/attachments',
      payload: upload.payload,
      headers: { ...uploader.headers, ...upload.headers },
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const res = await post(
      c.id,
      'sessions',
      session(c, {
        isPublic: true,
        publicRequestedByPartyIds: [c.applicant],
        attachmentIds: [photo.json().id],
        participants: [{ name: '李大爷', relation: 'neighbour', consentPartyIds: [c.applicant, c.respondent] }],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v.sessions).toHaveLength(1);
    expect(v.sessions[0]).toMatchObject({ mediatorName: '刘桂兰', isPublic: true, startTime: '09:30', attachmentIds: [photo.json().id] });
    expect(v.sessions[0].participants[0]).toMatchObject({ name: '李大爷', relation: 'neighbour', relationLabel: { zh: '邻里' } });
    expect(v.abilities).toMatchObject({ canRecordSession: true, canRecordAgreement: true, canFail: true, canApplyConfirmation: false });
    const audit = await lastAudit(t, c.id);
    expect(audit?.action).toBe('mediation.session.record');
    const mine = await t.app.inject({ method: 'GET', url: `/api/citizen/mediation/cases/${c.id}/handling`, headers: citizen.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().sessions[0]).toEqual({
      id: v.sessions[0].id,
      heldOn: '2026-03-02',
      startTime: '09:30',
      place: '平江里社区调解室',
      mediatorName: '刘桂兰',
      isPublic: true,
    });
    expect(mine.json().sessions[0].record).toBeUndefined();
    const stranger = await signInCitizen(t, '13912345119');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/citizen/mediation/cases/${c.id}/handling`, headers: stranger.headers })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/citizen/mediation/cases/${c.id}/handling`, headers: staff.headers })).statusCode,
    ).toBe(401);
  });

  it('a session only while mediating (409)', async () => {
    const c = await s.mediating(['13912345121', '13912345122']);
    await post(c.id, 'failure', { reason: '双方对补偿金额分歧较大' });
    const res = await post(c.id, 'sessions', session(c));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('MED_INVALID_TRANSITION');
  });

  it('risk of escalation: prevention measures recorded, level raised, no police report', async () => {
    const c = await s.mediating(['13912345131', '13912345132']);
    const res = await post(c.id, 'risks', {
      assessedOn: '2026-03-02',
      level: 'medium',
      kind: 'escalation',
      description: '双方言语冲突',
      measures: '分开调解，社区民警列席',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      riskLevel: 'medium',
      riskReportedToPolice: false,
      risks: [{ kind: 'escalation', reportedToPolice: false }],
    });
    expect((await lastAudit(t, c.id))?.action).toBe('mediation.risk.assess');
  });

  it('may become a criminal case: police unit required (400, nothing written); then flag, todo and the district supervisor’s notice', async () => {
    const supervisor = await s.staffAt(s.orgs.hexi.id);
    const c = await s.mediating(['13912345141', '13912345142']);
    const body = {
      assessedOn: '2026-03-02',
      level: 'high',
      kind: 'publicSecurity',
      description: '一方扬言报复',
      measures: '报告派出所，安排专人稳控',
    };
    const missing = await post(c.id, 'risks', body);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'MED_POLICE_UNIT_REQUIRED', field: 'policeUnit' });
    expect(await countOf(t, 'medRiskMeasures', c.id)).toBe(0);
    const res = await post(c.id, 'risks', { ...body, policeUnit: '河西分局友谊路派出所' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      riskLevel: 'high',
      riskReportedToPolice: true,
      risks: [{ reportedToPolice: true, policeUnit: '河西分局友谊路派出所', reportedOn: '2026-03-02' }],
    });
    const todo = await t.kernel.db
      .selectFrom('todoItems')
      .selectAll()
      .where('entityId', '=', c.id)
      .where('instanceId', 'is', null)
      .executeTakeFirst();
    expect(todo).toMatchObject({ assigneeOrgId: s.orgs.villageA.id, status: 'open' });
    const notes = await t.kernel.db
      .selectFrom('notifications')
      .selectAll()
      .where('userId', '=', supervisor)
      .where('kind', '=', 'mediation.riskEscalated')
      .execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]!.link).toBe(`/workbench/mediation/cases/${c.id}`);
    expect((await lastAudit(t, c.id))?.action).toBe('mediation.risk.reportToPolice');
  });
});
