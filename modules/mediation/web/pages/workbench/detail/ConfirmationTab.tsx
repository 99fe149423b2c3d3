import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Radio, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { HandlingView } from '../../../../contract/handling';
import { courtBases, courtBasisLabels, type ConfirmationView } from '../../../../contract/outcome';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import {
  type ConfirmationRequest,
  type CourtAcceptanceRequest,
  type CourtRulingRequest,
  handlingApi,
  useHandlingAction,
} from '../../../api/handling';
import { useReferrerOptions } from '../../../api/referrers';
import { attachmentUrl } from '../../../api/upload';
import { useEnumOptions } from '../../../components/CaseStateTag';
import { ExplainPopover } from '../../../../../../web/src/components/ExplainedDeadline';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { atLeastOne } from '../../../components/rules';
import { useMedT } from '../../../i18n';

type ApplyValues = Omit<ConfirmationRequest, 'appliedOn'> & { appliedOn: Dayjs };
type AcceptValues = Omit<CourtAcceptanceRequest, 'acceptedOn'> & { acceptedOn: Dayjs };
type RulingValues = Omit<CourtRulingRequest, 'rulingOn'> & { rulingOn: Dayjs };
const statusColours: Record<string, string> = {
  applied: 'blue',
  accepted: 'processing',
  notAccepted: 'default',
  confirmed: 'green',
  rejected: 'red',
};

/**
 * 司法确认 (人民调解法 第三十三条; 民事诉讼法 第二百零五、二百零六条): the 30-day window with its last day and
 * the engine's explanation, the joint application for the competent court, the court's acceptance and ruling.
 */
export function ConfirmationTab({ h }: { h: HandlingView }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const options = useEnumOptions();
  const w = h.confirmationWindow;
  const [open, setOpen] = useState<{ kind: 'apply' | 'accept' | 'ruling'; c?: ConfirmationView } | null>(null);
  const courts = useReferrerOptions(open?.kind === 'apply');
  const courtOptions = (courts.data?.items ?? []).filter((r) => r.kind === 'court').map((r) => ({ value: r.id, label: r.name }));
  const [applyForm] = Form.useForm<ApplyValues>();
  const [acceptForm] = Form.useForm<AcceptValues>();
  const [rulingForm] = Form.useForm<RulingValues>();
  const apply = useHandlingAction(h.caseId, handlingApi.confirmation);
  const accept = useHandlingAction(h.caseId, (id, b: CourtAcceptanceRequest) => handlingApi.courtAcceptance(id, open?.c?.id ?? '', b));
  const ruling = useHandlingAction(h.caseId, (id, b: CourtRulingRequest) => handlingApi.courtRuling(id, open?.c?.id ?? '', b));
  const close = () => setOpen(null);

  return (
    <div className="tp-stack">
      <Card size="small" title={<h2 className="tp-card-title">{tr('conf.title')}</h2>}>
        {w ? (
          <>
            <Alert
              type={w.open ? 'info' : 'warning'}
              showIcon
              title={w.open ? tr('conf.offer') : tr('conf.closed')}
              style={{ marginBottom: 12 }}
            />
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'eff', label: tr('agr.effectiveOn'), children: fmt.date(w.effectiveOn) },
                {
                  key: 'last',
                  label: tr('conf.dueOn'),
                  children: (
                    <Space size={4} wrap>
                      {fmt.date(w.lastDay)}
                      {w.open && <Tag color={w.daysLeft <= 5 ? 'orange' : 'green'}>{tr('conf.daysLeft', { n: w.daysLeft })}</Tag>}
                      <ExplainPopover title={tr('conf.dueOn')} lines={w.explanation} />
                    </Space>
                  ),
                },
                ...(w.fixedCourt ? [{ key: 'court', label: tr('conf.court'), children: w.fixedCourt }] : []),
                { key: 'basis', label: tr('conf.basis'), children: w.legalBasis },
              ]}
            />
            {h.abilities.canApplyConfirmation && (
              <Button type="primary" onClick={() => setOpen({ kind: 'apply' })} style={{ marginTop: 12 }}>
                {tr('conf.apply')}
              </Button>
            )}
          </>
        ) : (
          <Alert type="info" showIcon title={tr('conf.notOffered')} />
        )}
      </Card>
      {h.confirmations.map((c) => (
        <Card key={c.id} size="small" title={<h3 className="tp-card-title">{`${tr('conf.applyTitle')} · ${fmt.date(c.appliedOn)}`}</h3>}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'status', label: tr('conf.state'), children: <Tag color={statusColours[c.status]}>{text(c.statusLabel)}</Tag> },
              { key: 'court', label: tr('conf.court'), children: `${c.courtName}（${text(c.courtBasisLabel)}）` },
              ...(c.acceptedOn
                ? [{ key: 'acc', label: tr('conf.acceptedOn'), children: `${fmt.date(c.acceptedOn)} ${c.courtCaseNumber ?? ''}` }]
                : []),
              ...(c.rulingOn
                ? [{ key: 'rul', label: tr('conf.rulingOn'), children: `${fmt.date(c.rulingOn)} ${c.rulingNumber ?? ''}` }]
                : []),
              ...(c.consequence ? [{ key: 'cons', label: tr('conf.consequence'), children: text(c.consequence) }] : []),
            ]}
          />
          <Space wrap style={{ marginTop: 8 }}>
            {c.documentAttachmentId && (
              <Button icon={<DownloadOutlined />} href={attachmentUrl(c.documentAttachmentId)}>
                {tr('conf.document')}
              </Button>
            )}
            {h.abilities.canRecordCourtAcceptance && c.status === 'applied' && (
              <Button onClick={() => setOpen({ kind: 'accept', c })}>{tr('conf.acceptance')}</Button>
            )}
            {h.abilities.canRecordRuling && c.status === 'accepted' && (
              <Button onClick={() => setOpen({ kind: 'ruling', c })}>{tr('conf.ruling')}</Button>
            )}
          </Space>
        </Card>
      ))}

      <FormModal
        open={open?.kind === 'apply'}
        title={tr('conf.applyTitle')}
        formName="med-confirmation"
        form={applyForm}
        busy={apply.isPending}
        initialValues={{ appliedOn: dayjs(), applicantPartyIds: h.parties.map((p) => p.id), courtBasis: 'committeeLocation' }}
        onSubmit={(v) =>
          apply.mutateAsync({
            ...v,
            appliedOn: v.appliedOn.format('YYYY-MM-DD'),
            courtName: v.courtName?.trim() || undefined,
            courtBasis: w?.fixedCourt ? undefined : v.courtBasis,
          })
        }
        onClose={close}
      >
        <Form.Item name="appliedOn" label={tr('conf.appliedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="applicantPartyIds"
          label={tr('conf.applicants')}
          extra={tr('conf.applicantsHint')}
          rules={[atLeastOne(tr('common.required'))]}
        >
          <Checkbox.Group options={h.parties.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        {!w?.fixedCourt && (
          <>
            <Form.Item name="courtBasis" label={tr('conf.basis')}>
              <Select
                options={options(
                  courtBases.filter((b) => b !== 'referringCourt'),
                  courtBasisLabels,
                )}
              />
            </Form.Item>
            {courtOptions.length > 0 && (
              <Form.Item name="courtReferrerId" label={tr('conf.courtRegistry')}>
                <Select allowClear options={courtOptions} />
              </Form.Item>
            )}
            <Form.Item name="courtName" label={tr('conf.court')}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </FormModal>

      <FormModal
        open={open?.kind === 'accept'}
        title={tr('conf.acceptance')}
        formName="med-court-acceptance"
        form={acceptForm}
        busy={accept.isPending}
        initialValues={{ accepted: true, acceptedOn: dayjs() }}
        onSubmit={(v) =>
          accept.mutateAsync({
            ...v,
            acceptedOn: v.acceptedOn.format('YYYY-MM-DD'),
            courtCaseNumber: v.courtCaseNumber?.trim() || undefined,
            note: v.note?.trim() || undefined,
          })
        }
        onClose={close}
      >
        <Form.Item name="accepted" label={tr('conf.acceptance')}>
          <Radio.Group
            options={[
              { value: true, label: tr('conf.accepted') },
              { value: false, label: tr('conf.notAccepted') },
            ]}
          />
        </Form.Item>
        <Form.Item name="acceptedOn" label={tr('conf.acceptedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="courtCaseNumber" label={tr('conf.courtCaseNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={tr('perf.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>

      <FormModal
        open={open?.kind === 'ruling'}
        title={tr('conf.ruling')}
        formName="med-court-ruling"
        form={rulingForm}
        busy={ruling.isPending}
        initialValues={{ ruling: 'confirmed', rulingOn: dayjs() }}
        onSubmit={(v) =>
          ruling.mutateAsync({
            ...v,
            rulingOn: v.rulingOn.format('YYYY-MM-DD'),
            rulingNumber: v.rulingNumber.trim(),
            note: v.note?.trim() || undefined,
          })
        }
        onClose={close}
      >
        <Form.Item name="ruling" label={tr('conf.rulingResult')}>
          <Radio.Group
            options={[
              { value: 'confirmed', label: tr('conf.confirmed') },
              { value: 'rejected', label: tr('conf.rejected') },
            ]}
          />
        </Form.Item>
        <Form.Item name="rulingOn" label={tr('conf.rulingOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="rulingNumber"
          label={tr('conf.rulingNumber')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={tr('perf.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
