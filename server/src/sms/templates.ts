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
  // Staff: no case details (todo titles may name citizens), only that something is overdue.
  'workflow.overdue': {
    zh: '【天平】您有一件办理事项已逾期（期限{dueDate}），请尽快登录工作台处理。',
  },
  // Citizens: the issuing body and the document title, nothing else; the link needs a sign-in.
  'service.documentServed': {
    zh: '【天平】{issuer}向您送达了《{title}》，请登录 {link} 查看并签收。',
  },
  // Citizens: the hotline ticket number and a single-use survey link, nothing else.
  'hotline.survey': {
    zh: '【天平】您在12348热线的咨询（{number}）已办结，请通过 {link} 评价服务，{days}日内有效。',
  },
};

/** Renders a template; `strict` refuses a missing parameter (checked when a message is queued). */
export function renderSms(
  template: string,
  params: Record<string, string>,
  opts: { maskSecrets?: boolean; strict?: boolean } = {},
): string {
  const t = smsTemplates[template];
  if (!t) throw new Error(`Unknown SMS template ${template}`);
  const secret = new Set(opts.maskSecrets ? (t.secretParams ?? []) : []);
  return t.zh.replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = params[k];
    if (value === undefined && opts.strict) throw new Error(`SMS template ${template} needs the parameter ${k}`);
    return secret.has(k) ? '*'.repeat((value ?? '').length) : (value ?? '');
  });
}
