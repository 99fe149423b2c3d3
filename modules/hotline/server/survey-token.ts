import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kernel } from '@tianping/server/core/module';
import { fail } from '@tianping/server/http/errors';
import { hotlineErrors } from '../contract/errors';

/**
 * Survey links: `<surveyId>.<signature>`, the signature an HMAC-SHA-256 of the survey id under a key
 * derived from the server's session secret (domain-separated). A forged or altered link fails the check
 * before any lookup; single use and expiry are stored on the survey row.
 */
const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

function signature(k: Pick<Kernel, 'config'>, surveyId: string): string {
  return createHmac('sha256', k.config.sessionSecret).update(`tianping.hotline.survey|${surveyId}`, 'utf8').digest('base64url');
}

export function surveyToken(k: Pick<Kernel, 'config'>, surveyId: string): string {
  return `${surveyId}.${signature(k, surveyId)}`;
}

/** The survey id of a genuine link; 400 HOTLINE_SURVEY_INVALID otherwise. */
export function verifySurveyToken(k: Pick<Kernel, 'config'>, token: string): string {
  const [id, sig, ...rest] = token.split('.');
  if (!id || !sig || rest.length > 0 || !ID.test(id)) throw fail(hotlineErrors, 'HOTLINE_SURVEY_INVALID', { field: 'token' });
  const expected = Buffer.from(signature(k, id));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw fail(hotlineErrors, 'HOTLINE_SURVEY_INVALID', { field: 'token' });
  return id;
}

/** The portal page of a survey link (web: `/portal/hotline/survey/:token`). */
export function surveyLink(k: Pick<Kernel, 'config'>, surveyId: string): string {
  return `${k.config.publicUrl.replace(/\/$/, '')}/portal/hotline/survey/${surveyToken(k, surveyId)}`;
}
