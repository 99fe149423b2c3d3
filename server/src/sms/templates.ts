/**
 * SMS templates (the operator registers the same texts with the carrier's gateway).
 * `secretParams` are one-time secrets: a production outbox stores them masked, so reading
 * the outbox never lets an administrator sign in as a citizen.
 */
export const smsTemplates: Record<string, { zh: string; secretParams?: readonly string[] }> = {
  'citizen.loginCode': {
    zh: '【天平】您的登录验证码为{code}，5分钟内有效。如非本人操作，请忽略本短信。',
    secretParams: ['code'],
  },
};

export function renderSms(template: string, params: Record<string, string>, opts: { maskSecrets?: boolean } = {}): string {
  const t = smsTemplates[template];
  if (!t) throw new Error(`Unknown SMS template ${template}`);
  const secret = new Set(opts.maskSecrets ? (t.secretParams ?? []) : []);
  return t.zh.replace(/\{(\w+)\}/g, (_, k: string) => (secret.has(k) ? '*'.repeat((params[k] ?? '').length) : (params[k] ?? '')));
}
