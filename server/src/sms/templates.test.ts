import { describe, expect, it } from 'vitest';
import { renderSms } from './templates';

describe('SMS templates', () => {
  it('renders the sign-in code', () => {
    expect(renderSms('citizen.loginCode', { code: '012345' })).toContain('验证码为012345，5分钟内有效');
  });
  it('masks one-time secrets when asked (production outbox)', () => {
    const body = renderSms('citizen.loginCode', { code: '012345' }, { maskSecrets: true });
    expect(body).toContain('验证码为******，');
    expect(body).not.toContain('012345');
  });
  it('refuses a missing parameter when strict (checked when a message is queued)', () => {
    expect(() => renderSms('workflow.overdue', {}, { strict: true })).toThrow(/dueDate/);
    expect(renderSms('workflow.overdue', { dueDate: '2025-10-10' }, { strict: true })).toContain('期限2025-10-10');
  });
  it('refuses an unknown template', () => {
    expect(() => renderSms('nope', {})).toThrow(/Unknown SMS template/);
  });
});
