import { sql, type Insertable } from 'kysely';
import type { Kernel } from '@tianping/server/core/module';
import type { Rng } from '../../../bench/lib/prng';
import type { HlSurveyTable, HlTransferTable } from './handling-tables';
import { allianceResults } from './seed-demo-activity.plan';
import { idAt, isoAt, type Caller } from './seed-volume-support';
import type { HlCallEventTable, HlCallTable, HlTicketTable } from './tables';

/** Default `surveyLinkDays` (contract/settings.ts). */
const surveyLinkDays = 7;

export interface Centre {
  orgId: string;
  name: string;
  shortName: string | null;
  code: string;
  city: boolean;
  weight: number;
  tokenId: string;
  agents: { id: string; username: string }[];
}

export interface HotlineSink {
  add(table: 'hlCalls', row: Insertable<HlCallTable>): void;
  add(table: 'hlCallEvents', row: Insertable<HlCallEventTable>): void;
  add(table: 'hlTickets', row: Insertable<HlTicketTable>): void;
  add(table: 'hlTransfers', row: Insertable<HlTransferTable>): void;
  add(table: 'hlSurveys', row: Insertable<HlSurveyTable>): void;
  flushIfFull(): Promise<void>;
}

export interface YearFigures {
  offered: number;
  answered: number;
  abandoned: number;
  tickets: number;
  transferred: number;
  walkIns: number;
  events: number;
  surveys: number;
  surveyAnswers: number;
  satisfied: number;
}

/**
 * What follows a ticket, as the services write it: the one-click transfer to the 12345 alliance (our
 * reference `hotlineTransfer`, the alliance's number and result), or the satisfaction survey opened on
 * closing (SMS link to a mobile, else the portal; ≈ 35 % answered, satisfaction > 99.4 %, a dissatisfied
 * answer reopened the ticket to the supervisor, who closed it again).
 */
export function aftercareWriter(kernel: Kernel, rng: Rng, sink: HotlineSink, year: number, f: YearFigures, refs: Map<string, number>) {
  return {
    transfer(c: Centre, ticketId: string, by: string, at: number) {
      const seq = (refs.get(c.orgId) ?? 0) + 1;
      refs.set(c.orgId, seq);
      const rejected = rng.chance(0.03);
      const resultAt = at + rng.int(1, 5) * 86_400_000;
      sink.add('hlTransfers', {
        id: idAt(at, rng),
        ticketId,
        orgId: c.orgId,
        destination: 'alliance12345',
        state: rejected ? 'rejected' : 'completed',
        reference: kernel.caseNumbers.format('hotlineTransfer', c, year, seq) ?? `${c.code}-转-${year}-${seq}`,
        targetReference: `12345-${isoAt(at).slice(0, 10).replaceAll('-', '')}${String(rng.int(0, 9999)).padStart(4, '0')}`,
        targetOrgId: null,
        entityType: null,
        entityId: null,
        path: null,
        note: null,
        prefillFields: null,
        result: rejected ? '不属于热线联盟成员单位职责，退回12348热线。' : rng.pick(allianceResults),
        resultAt: isoAt(resultAt),
        resultBy: null,
        errorCode: null,
        errorField: null,
        createdBy: by,
        createdAt: isoAt(at),
        updatedAt: isoAt(resultAt),
      });
    },
    survey(c: Centre, ticketId: string, caller: Caller | null, closedAt: number) {
      const sms = caller?.mobile === true;
      const answered = rng.chance(0.35);
      const r = rng.next();
      const rating = !answered ? null : r < 0.005 ? 'dissatisfied' : r < 0.07 ? 'basicallySatisfied' : 'satisfied';
      sink.add('hlSurveys', {
        id: idAt(closedAt, rng),
        ticketId,
        orgId: c.orgId,
        sentBySms: sms ? 1 : 0,
        sentAt: isoAt(closedAt),
        expiresAt: isoAt(closedAt + surveyLinkDays * 86_400_000),
        answeredAt: answered ? isoAt(closedAt + rng.int(60, 2 * 86_400) * 1000) : null,
        answeredVia: answered ? (sms ? 'sms' : 'portal') : null,
        rating,
        comment: rating === 'dissatisfied' ? '解答不够具体，希望有人再联系我。' : null,
        reopened: rating === 'dissatisfied' ? 1 : 0,
      });
      f.surveys++;
      if (rating) f.surveyAnswers++;
      if (rating && rating !== 'dissatisfied') f.satisfied++;
    },
  };
}

/** Drops the named, non-unique indexes of `tables` (both dialects); returns their DDL to re-create them. */
export async function dropSecondaryIndexes(kernel: Kernel, tables: readonly string[]): Promise<string[]> {
  const list = sql.join(tables.map((t) => sql.lit(t)));
  const found =
    kernel.handle.dialect === 'sqlite'
      ? await sql<{ name: string; ddl: string }>`select name, sql as ddl from sqlite_master
          where type = 'index' and tbl_name in (${list}) and sql is not null and sql not like 'CREATE UNIQUE%'`.execute(kernel.db)
      : await sql<{ name: string; ddl: string }>`select indexname as name, indexdef as ddl from pg_indexes
          where schemaname = current_schema() and tablename in (${list}) and indexdef not like 'CREATE UNIQUE%'`.execute(kernel.db);
  for (const r of found.rows) await sql`drop index ${sql.id(r.name)}`.execute(kernel.db);
  return found.rows.map((r) => r.ddl);
}
