import type { AuditBreakReason, AuditVerifyResult } from '@tianping/common/contract/audit';
import type { DbOrTrx } from '../db/database';
import { genesisHash, hashEvent, isAuditHashAlg } from './audit-chain';
import { chainBatch, firstSeqAfter, readHead } from './audit.repository';

export interface VerifyOptions {
  /** Events read per query (keyset batches keep memory flat and never hold a long transaction). */
  batchSize?: number;
}

const defaultBatchSize = 1000;

function broken(checked: number, firstBrokenSeq: number, reason: AuditBreakReason): AuditVerifyResult {
  return { ok: false, checked, firstBrokenSeq, reason };
}

/**
 * Walks the whole chain in `seq` order and names the first broken link: a gap in the
 * sequence, a `prev_hash` that is not the previous event's hash, a hash that does not match
 * the event's content (recomputed with the algorithm the event names), or a head row that
 * does not point at the last event.
 *
 * The head is read first and only events up to it are walked, so appends that commit while
 * verification runs are neither checked nor reported; an event beyond the head that no
 * committed head covers is reported (`beyondHead`).
 */
export async function verifyAuditChain(db: DbOrTrx, opts: VerifyOptions = {}): Promise<AuditVerifyResult> {
  const batchSize = opts.batchSize ?? defaultBatchSize;
  const head = await readHead(db, false);
  if (!head) return broken(0, 1, 'headMissing');

  let checked = 0;
  let lastSeq = 0;
  let lastHash = genesisHash;
  for (;;) {
    const rows = await chainBatch(db, lastSeq, head.lastSeq, batchSize);
    for (const row of rows) {
      if (row.seq !== lastSeq + 1) return broken(checked, lastSeq + 1, 'seqGap');
      if (row.prevHash !== lastHash) return broken(checked, row.seq, 'prevHashMismatch');
      if (!isAuditHashAlg(row.hashAlg)) return broken(checked, row.seq, 'unknownAlgorithm');
      const { hash, ...content } = row;
      if (hashEvent(content) !== hash) return broken(checked, row.seq, 'hashMismatch');
      checked++;
      lastSeq = row.seq;
      lastHash = hash;
    }
    if (rows.length < batchSize) break;
  }

  // Fewer events than the head counts: the last ones were removed.
  if (lastSeq !== head.lastSeq) return broken(checked, lastSeq + 1, 'headMismatch');
  if (lastHash !== head.lastHash) return broken(checked, lastSeq, 'headMismatch');

  const beyond = await firstSeqAfter(db, lastSeq);
  if (beyond !== undefined) {
    // A legitimate append commits its event and the head together: a head read now covers it.
    const current = await readHead(db, false);
    if (!current || current.lastSeq < beyond) return broken(checked, beyond, 'beyondHead');
  }
  return { ok: true, checked };
}
