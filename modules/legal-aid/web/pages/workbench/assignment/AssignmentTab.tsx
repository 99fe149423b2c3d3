import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CandidateView } from '../../../../contract/assignment';
import type { CaseDetail } from '../../../../contract/case';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useAidMutation } from '../../../api/keys';
import { useProposal, workApi } from '../../../api/work';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useLabel } from '../../../components/labels';
import { useAidT } from '../../../i18n';
import { ConflictList } from './ConflictList';

/** The ranked proposal (fair rotation, conflict check, 第二十六条 seniority) and the assignment with its override reason. */
export function AssignmentTab({ c }: { c: CaseDetail }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const { message } = App.useApp();
  const proposal = useProposal(c.id, true);
  const [chosen, setChosen] = useState<CandidateView | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [form] = Form.useForm<{ overrideReason?: string; reason?: string }>();
  const assign = useAidMutation((b: { providerId: string; overrideReason?: string; replacing: boolean; reason?: string }) =>
    workApi.assign(c.id, b),
  );

  if (proposal.isError) return <QueryError error={proposal.error} onRetry={() => void proposal.refetch()} />;
  const p = proposal.data;
  if (!p) return <Card loading />;
  const w = p.weights;
  const canChoose = p.abilities.canAssign || (replacing && p.abilities.canReplace);

  return (
    <div className="tp-stack">
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={tr('assign.due')}>{p.assignDueOn ? fmt.date(p.assignDueOn) : '—'}</Descriptions.Item>
          <Descriptions.Item label={tr('assign.rule')}>{label(p.seniorityRule)}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">
          {tr('assign.localRules', { s: w.speciality, d: w.district, l: w.load, r: w.rotation, b: p.conflictLevels.blockingScore })}
          {!p.settingsSaved && ` · ${tr('assign.defaults')}`}
        </Typography.Text>
      </Card>
      {p.current && (
        <Card
          size="small"
          title={tr('assign.current')}
          extra={
            p.abilities.canReplace && (
              <Space>
                <span aria-hidden>{tr('assign.replaceMode')}</span>
                <Switch checked={replacing} onChange={setReplacing} aria-label={tr('assign.replaceMode')} />
              </Space>
            )
          }
        >
          {p.current.providerName} {p.current.firmName && `（${p.current.firmName}）`} · {fmt.date(p.current.assignedOn)}{' '}
          <Tag color={p.current.onTime ? 'green' : 'red'}>{tr(p.current.onTime ? 'assign.onTime' : 'assign.late')}</Tag>
          {p.current.overrideReason && (
            <div>
              {tr('assign.override')}：{p.current.overrideReason}
            </div>
          )}
        </Card>
      )}
      {!canChoose && !p.current && <Alert type="info" showIcon title={tr('assign.unavailable')} />}
      <Table<CandidateView>
        rowKey="providerId"
        size="small"
        pagination={false}
        dataSource={p.candidates}
        tableLayout="fixed"
        scroll={{ x: 1100 }}
        columns={[
          { key: 'rank', title: tr('assign.rank'), width: 60, dataIndex: 'rank' },
          {
            key: 'name',
            title: tr('assign.candidate'),
            width: 200,
            render: (_, x) => (
              <>
                <strong>{x.name}</strong> <Tag>{label(x.kindLabel)}</Tag>
                {x.firmName && <div>{x.firmName}</div>}
                <Typography.Text type="secondary">{tr('assign.load', { n: x.openLoad })}</Typography.Text>
              </>
            ),
          },
          {
            key: 'score',
            title: tr('assign.score'),
            width: 190,
            render: (_, x) => (
              <>
                <strong>{x.total.toFixed(1)}</strong>
                <div style={{ fontSize: 12 }}>
                  {tr('assign.parts', {
                    s: x.parts.speciality.toFixed(1),
                    d: x.parts.district.toFixed(1),
                    l: x.parts.load.toFixed(1),
                    r: x.parts.rotation.toFixed(1),
                  })}
                </div>
              </>
            ),
          },
          { key: 'conflicts', title: tr('assign.conflicts'), width: 240, render: (_, x) => <ConflictList findings={x.conflicts} /> },
          {
            key: 'seniority',
            title: tr('assign.seniority'),
            width: 240,
            render: (_, x) =>
              x.seniority.required ? (
                <>
                  <Tag color={x.seniority.satisfied ? 'green' : 'red'}>{tr(x.seniority.satisfied ? 'assign.senOk' : 'assign.senNo')}</Tag>
                  <div style={{ fontSize: 12 }}>{label({ zh: x.seniority.reasonZh, en: x.seniority.reasonEn })}</div>
                </>
              ) : (
                '—'
              ),
          },
          {
            key: 'act',
            title: tr('common.actions'),
            width: 200,
            render: (_, x) => (
              <Space direction="vertical" size={2}>
                {x.remarks.map((r, i) => (
                  <Typography.Text key={i} style={{ fontSize: 12, color: '#ad4e00' }}>
                    {label(r)}
                  </Typography.Text>
                ))}
                {canChoose && x.assignable && (
                  <Button size="small" type={x.rank === 1 ? 'primary' : 'default'} onClick={() => setChosen(x)}>
                    {tr(replacing ? 'assign.chooseReplace' : 'assign.choose')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {p.history.length > 0 && (
        <Card size="small" title={tr('assign.history')}>
          <ul className="aid-list">
            {p.history.map((h) => (
              <li key={h.id}>
                {fmt.date(h.assignedOn)} {h.providerName} {h.endedOn && `→ ${fmt.date(h.endedOn)} ${h.endReason ?? ''}`}{' '}
                {h.replacementReason && `（${h.replacementReason}）`}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <FormModal
        open={chosen !== null}
        title={tr('assign.title', { name: chosen?.name ?? '' })}
        formName="aid-assign"
        form={form}
        busy={assign.isPending}
        onClose={() => setChosen(null)}
        onSubmit={async (v) => {
          if (!chosen) return;
          const res = await assign.mutateAsync({
            providerId: chosen.providerId,
            overrideReason: v.overrideReason?.trim() || undefined,
            replacing,
            reason: v.reason?.trim() || undefined,
          });
          message.success(tr('assign.done', { notice: res.noticeReply ? tr('assign.noticeReply') : '' }));
          setReplacing(false);
        }}
      >
        {chosen && chosen.conflicts.length > 0 && <ConflictList findings={chosen.conflicts} />}
        <Form.Item
          name="overrideReason"
          label={tr('assign.override')}
          extra={tr('assign.overrideHelp')}
          rules={chosen?.needsOverride ? [{ required: true, whitespace: true, min: 5, message: tr('common.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        {replacing && (
          <Form.Item
            name="reason"
            label={tr('assign.replaceReason')}
            rules={[{ required: true, whitespace: true, message: tr('common.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
      </FormModal>
    </div>
  );
}
