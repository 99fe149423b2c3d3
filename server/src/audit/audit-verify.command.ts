import { auditBreakReasons, type AuditVerifyResult } from '@tianping/common/contract/audit';
import type { RequestContext } from '../access/actor';
import { openDatabase, type DatabaseHandle } from '../db/database';
import { newId } from '../db/ids';
import type { AppConfig } from '../env';
import { verifyAndRecord } from './audit-query.service';
import { createAuditService } from './audit.service';
import './tables';

/** The two lines printed for a verification result (Chinese first, then English). */
export function describeVerifyResult(result: AuditVerifyResult): string[] {
  if (result.ok) {
    return [`审计日志完整：已校验 ${result.checked} 条记录。`, `Audit log intact: ${result.checked} events verified.`];
  }
  const reason = auditBreakReasons[result.reason ?? 'hashMismatch'];
  return [
    `审计日志校验失败：第 ${result.firstBrokenSeq} 条记录起链条断裂（${reason.zh}）；此前 ${result.checked} 条记录完好。`,
    `Audit log broken at event ${result.firstBrokenSeq} (${reason.en}); ${result.checked} earlier events verified.`,
  ];
}

/**
 * `npm run audit:verify`: verifies the chain of the configured database, records the run in
 * the audit log, prints the outcome and returns the exit code (0 intact, 1 broken or failed).
 */
export async function runAuditVerify(
  config: AppConfig,
  print: (line: string) => void,
  handle: DatabaseHandle = openDatabase(config),
): Promise<number> {
  const ctx: RequestContext = { requestId: newId(), ip: '127.0.0.1', userAgent: 'tianping-cli audit:verify', actor: null };
  try {
    const result = await verifyAndRecord({ db: handle.db, audit: createAuditService(config) }, ctx);
    for (const line of describeVerifyResult(result)) print(line);
    return result.ok ? 0 : 1;
  } catch (err) {
    print('无法校验审计日志（数据库不可用或尚未迁移）。');
    print(`Cannot verify the audit log (database unreachable or not migrated): ${(err as Error).message}`);
    return 1;
  }
}
