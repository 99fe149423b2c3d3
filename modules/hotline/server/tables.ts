import type { Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    hlCalls: HlCallTable;
    hlCallEvents: HlCallEventTable;
    hlTickets: HlTicketTable;
    hlRosters: HlRosterTable;
    hlSettings: HlSettingTable;
  }
}

/**
 * One call as the telephony system reported it (one row per call id), kept up to date by the
 * call events (domain/call-events.ts). `orgId` is the centre: the organisation of the telephony
 * token that reported the call. Waits and talk time are computed from the events.
 */
export interface HlCallTable {
  id: string;
  /** The telephony system's call id (unique). */
  callId: string;
  orgId: string;
  queue: string;
  /** Contract `callStates`. */
  state: string;
  offeredAt: Instant;
  answeredAt: Instant | null;
  abandonedAt: Instant | null;
  endedAt: Instant | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  agentUserId: string | null;
  callerPhoneEnc: string | null;
  callerPhoneIndex: string | null;
  /** The ticket recorded for this call (at most one). */
  ticketId: string | null;
  /** The call came from the development simulator (开发模拟), not a real telephony system. */
  simulated: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Every accepted call event, unique by the telephony system's event id (idempotency). */
export interface HlCallEventTable {
  id: string;
  eventId: string;
  callId: string;
  type: string;
  at: Instant;
  queue: string;
  orgId: string;
  /** The call's state after this event (the answer repeated for a duplicate). */
  resultState: string;
  /** JSON: the event as received, with the caller's phone masked. */
  raw: string;
  /** The API token that posted it (null: the development simulator). */
  tokenId: string | null;
  receivedAt: Instant;
}

/** A contact record (工单): a call, an online question, a walk-in at a centre or a station. */
export interface HlTicketTable {
  id: string;
  /** Ticket number (case-number type `hotline`). */
  number: string;
  /** The centre (legal service centre or the 12348 centre). */
  orgId: string;
  /** Contract `channels`. */
  channel: string;
  /** hl_calls.id of the call (phone channel). */
  callId: string | null;
  callerName: string | null;
  callerPhoneEnc: string | null;
  callerPhoneIndex: string | null;
  citizenId: string | null;
  /** First-level category code and, when chosen, the sub-category (`labour.wages`). */
  category: string;
  subCategory: string | null;
  question: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Instant | null;
  /** Talk time of the linked call (seconds), or the duration the agent entered. */
  durationSeconds: number | null;
  /** Contract `ticketStates`. */
  state: string;
  createdBy: string | null;
  createdAt: Instant;
  closedAt: Instant | null;
  updatedAt: Instant;
  version: number;
}

/** One person on one shift of one day at a centre (值班排班). */
export interface HlRosterTable {
  id: string;
  orgId: string;
  userId: string;
  dutyDate: LocalDate;
  /** Contract `shifts`. */
  shift: string;
  /** Contract `seatRoles`. */
  seatRole: string;
  seat: string | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

/** City-wide local settings of the hotline (service levels), JSON values by key. */
export interface HlSettingTable {
  key: string;
  value: string;
  updatedBy: string | null;
  updatedAt: Instant;
}
