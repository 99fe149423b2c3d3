/** SMS templates (the operator registers the same texts with the carrier's gateway). */
export const smsTemplates: Record<string, { zh: string }> = {
  'citizen.loginCode': { zh: '【天平】您的登录验证码为{code}，5分钟内有效。如非本人操作，请忽略本短信。' },
};

export function renderSms(template: string, params: Record<string, string>): string {
  const t = smsTemplates[template];
  if (!t) throw new Error(`Unknown SMS template ${template}`);
  return t.zh.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}
