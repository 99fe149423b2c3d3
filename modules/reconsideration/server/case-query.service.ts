import { localDateAt } from '@tianping/common/calendar/index';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { notFound } from '@tianping/server/http/errors';
import { dueSoonHorizon } from '@tianping/server/workflow/escalation.job';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { listTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import type { CaseDetail, CaseListQuery } from '../contract/intake';
import { caseAbilities } from './case.policy';
import { presentCaseDetail, presentListItem } from './case.presenter';
import { findCaseInScope, type CaseRow } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
import {
  listCaseAttachments,
  listCaseServices,
  listCasesInScope,
  listCorrections,
  listParties,
  openIntakeTimerDue,
  orgNameOf,
} from './case-list.repository';

type Services = Pick<Kernel, 'db' | 'clock' | 'pii'>;

/** GET /api/reconsideration/cases: a page of the cases in the actor's scope, with deadline status. */
export async function listCases(k: Services, actor: ScopedActor, query: CaseListQuery) {
  const { page, pageSize, ...filter } = query;
  const today = localDateAt(k.clock.now());
  const calendar = await platformHolidayCalendar(k.db);
  const res = await listCasesInScope(k.db, actor, { ...filter, today, dueSoonHorizon: dueSoonHorizon(today, calendar) }, page, pageSize);
  const intake = await openIntakeTimerDue(
    k.db,
    res.items.filter((c) => c.state === 'received' || c.state === 'correcting').map((c) => c.id),
  );
  return { items: res.items.map((c) => presentListItem(c, intake.get(c.id), today, calendar)), total: res.total, page, pageSize };
}

/** Everything the detail page shows, for a case already loaded through the scope. */
export async function caseDetailView(k: Services, db: DbOrTrx, actor: ScopedActor, c: CaseRow): Promise<CaseDetail> {
  const today = localDateAt(k.clock.now());
  const inst = await loadInstance(db, reconCaseWorkflow, c.id);
  const [calendar, orgName, parties, corrections, timers, attachments, services] = await Promise.all([
    platformHolidayCalendar(db),
    orgNameOf(db, c.orgId),
    listParties(db, c.id),
    listCorrections(db, c.id),
    inst ? listTimers(db, inst.id) : Promise.resolve([]),
    listCaseAttachments(db, c.id),
    listCaseServices(db, c.id),
  ]);
  const intakeDue = timers.find((t) => t.status === 'open' && (t.key === 'review' || t.key === 'correction'))?.dueDate;
  return presentCaseDetail(
    c,
    {
      orgName,
      parties,
      corrections,
      timers,
      intakeDue,
      documents: attachments.map((a) => ({
        id: a.id,
        fileName: a.fileName,
        fileType: a.fileType,
        size: Number(a.size),
        createdAt: a.createdAt,
        templateId: a.templateId,
        documentVersion: a.documentVersion,
      })),
      services: services.map((s) => ({
        id: s.id,
        attachmentId: s.attachmentId,
        channel: s.channel,
        status: s.status,
        sentAt: s.sentAt,
        acknowledgedAt: s.acknowledgedAt,
      })),
      abilities: caseAbilities(actor, c),
    },
    k.pii,
    today,
    calendar,
  );
}

/** GET /api/reconsideration/cases/:id (404 outside the scope). */
export async function getCase(k: Services, actor: ScopedActor, id: string): Promise<CaseDetail> {
  const c = await findCaseInScope(k.db, actor, id);
  if (!c) throw notFound();
  return caseDetailView(k, k.db, actor, c);
}
