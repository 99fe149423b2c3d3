import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database';
import { newId, nowIso } from '../db/ids';
import type { AppConfig } from '../env';
import { createPiiService } from '../pii/pii.service';
import { maskMobile } from '@tianping/common/validation/phone';
import type { SmsGateway } from './sms.types';
import { renderSms } from './templates';

/**
 * The development gateway: every message goes to the outbox table (readable by
 * administrators in the workbench) and, outside production, to the log. In production the
 * stored text has its one-time secrets masked. A carrier gateway implements the same
 * interface and is chosen in `app.ts`.
 */
export function createSmsGateway(config: AppConfig, log: FastifyBaseLogger, db: Db): SmsGateway {
  const pii = createPiiService(config);
  return {
    async send(message) {
      const body = renderSms(message.template, message.params, { maskSecrets: config.isProduction });
      await db
        .insertInto('smsOutbox')
        .values({
          id: newId(),
          createdAt: nowIso(),
          phoneEnc: pii.encrypt(message.phone),
          phoneIndex: pii.blindIndex('phone', message.phone),
          template: message.template,
          body,
          status: 'sent',
        })
        .execute();
      if (!config.isProduction)
        log.info({ to: maskMobile(message.phone), template: message.template }, `SMS (development outbox): ${body}`);
    },
  };
}
