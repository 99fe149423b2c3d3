import { statutoryPeriodsById, type LocalDate, type PeriodRule } from '@tianping/common/calendar/index';
import type { PermissionKey } from '@tianping/common/access/permission';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';

/** What a guard, an effect or a todo builder sees. */
export interface WorkflowContext<P = Record<string, unknown>> {
  kernel: Pick<Kernel, 'db' | 'audit' | 'clock'>;
  trx: Trx;
  ctx: RequestContext;
  /** Null when the system acts (a job), for transitions with `allowSystem`. */
  actor: ScopedActor | null;
  instance: { id: string; entityType: string; entityId: string; orgId: string; state: string; events: Record<string, LocalDate> };
  payload: P;
  /** The day of the event in Beijing time (or `payload.effectiveDate`). */
  eventDate: LocalDate;
}

/** A guard passes with `true` or fails with the reason shown to the user. */
export type GuardResult = true | { zh: string; en: string };

export interface TransitionDef<S extends string> {
  name: string;
  from: S | readonly S[];
  to: S;
  /** Permission the acting user must hold in their active role (one of them, when a list). */
  permission: PermissionKey | readonly PermissionKey[];
  /** Jobs (no user) may fire this transition, e.g. a deemed outcome when a period lapses. */
  allowSystem?: boolean;
  /**
   * A signed-in citizen may fire it (a correction or a withdrawal by the applicant); the module
   * has already loaded the case through the citizen's own-records query.
   */
  allowCitizen?: boolean;
  guard?(c: WorkflowContext): GuardResult | Promise<GuardResult>;
  /** Runs in the transition's transaction after the state is written. */
  effect?(c: WorkflowContext): void | Promise<void>;
}

/**
 * A time limit attached to a state: `period` is a statutory period id of common/calendar or a
 * rule; `anchor` is the day the state was entered or the last day a named event (transition) fired.
 * A timer declared with the same key on several states runs across them: a transition between
 * those states keeps it (with its suspensions and extensions) instead of closing and reopening it —
 * the decision period of a case runs from acceptance through suspension and approval.
 */
export interface TimerDef {
  key: string;
  period: string | PeriodRule;
  /** `enteredState`, `start` (the day the workflow started) or the name of a transition. */
  anchor: 'enteredState' | 'start' | string;
  labelZh: string;
  labelEn: string;
  /**
   * Whether the timer runs in this context (e.g. the simplified or the ordinary decision period,
   * or "until the event that satisfies it has happened"). Default: always.
   */
  when?(c: WorkflowContext): boolean;
}

/** Who must act while the instance is in a state (待办). */
export interface TodoSpec {
  assignee: { userId: string } | { orgId: string };
  titleZh: string;
  titleEn: string;
  url: string;
}

export interface StateDef {
  labelZh: string;
  labelEn: string;
  final?: boolean;
  /** Who must act in this state: one item, several (e.g. the handler and the respondent agency) or none. */
  todo?(c: WorkflowContext): TodoSpec | readonly TodoSpec[] | null;
}

export interface WorkflowDef<S extends string = string> {
  id: string;
  entityType: string;
  states: Record<S, StateDef>;
  initial: S;
  transitions: readonly TransitionDef<S>[];
  timers?: Partial<Record<S, readonly TimerDef[]>>;
}

export function fromStates<S extends string>(t: TransitionDef<S>): readonly S[] {
  return typeof t.from === 'string' ? [t.from] : (t.from as readonly S[]);
}

/** Checks a definition at module load: known states, unique transition names, known statutory periods. */
export function defineWorkflow<const S extends string>(def: WorkflowDef<S>): WorkflowDef<S> {
  const states = new Set(Object.keys(def.states));
  const problem = (what: string) => new Error(`Workflow ${def.id}: ${what}`);
  if (!states.has(def.initial)) throw problem(`initial state "${def.initial}" is not a state`);
  const names = new Set<string>();
  for (const t of def.transitions) {
    if (names.has(t.name)) throw problem(`transition "${t.name}" defined twice`);
    names.add(t.name);
    for (const s of [...fromStates(t), t.to]) if (!states.has(s)) throw problem(`transition "${t.name}" uses unknown state "${s}"`);
  }
  for (const [state, timers] of Object.entries(def.timers ?? {}) as [string, readonly TimerDef[]][]) {
    if (!states.has(state)) throw problem(`timers of unknown state "${state}"`);
    for (const timer of timers) {
      if (typeof timer.period === 'string' && !statutoryPeriodsById.has(timer.period))
        throw problem(`unknown statutory period "${timer.period}"`);
      if (timer.anchor !== 'enteredState' && timer.anchor !== 'start' && !names.has(timer.anchor))
        throw problem(`timer "${timer.key}" anchors on unknown event "${timer.anchor}"`);
    }
  }
  return def;
}
