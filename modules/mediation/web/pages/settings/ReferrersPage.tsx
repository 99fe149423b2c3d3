import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Empty, Form, Grid, Input, InputNumber, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { referrerKindLabels, referrerKinds, type ReferrerView } from '../../../contract/referral';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type ReferrerCreateRequest, useReferrers, useSaveReferrer } from '../../api/referrers';
import { useEnumOptions } from '../../components/CaseStateTag';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { MedPage } from '../../components/MedPage';
import { useMedT } from '../../i18n';

type Values = Omit<ReferrerCreateRequest, 'tokenId' | 'webhookUrl' | 'webhookSecret' | 'returnDays'> & {
  tokenId?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  returnDays?: number | null;
};

const orNull = (v?: string) => (v?.trim() ? v.trim() : null);

/**
 * /workbench/mediation/referrers — the referring bodies (courts, police, petition offices, procuratorates,
 * 12348): their API token, where outcomes are sent back (signed webhook) and the return target.
 */
export default function ReferrersPage() {
  const tr = useMedT();
  const text = useLocalText();
  const options = useEnumOptions();
  const [inactive, setInactive] = useState(false);
  const list = useReferrers(inactive);
  const save = useSaveReferrer();
  const [editing, setEditing] = useState<ReferrerView | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const current = editing && editing !== 'new' ? editing : null;
  const narrow = Grid.useBreakpoint().md === false;
  const tokenText = (r: ReferrerView) => (r.tokenName ? `${r.tokenName}（${r.tokenPrefix ?? ''}…）` : tr('ref.noToken'));
  const editButton = (r: ReferrerView) =>
    r.abilities.canEdit && (
      <Button size="small" onClick={() => setEditing(r)} aria-label={`${tr('common.edit')} ${r.name}`}>
        {tr('common.edit')}
      </Button>
    );

  const submit = (v: Values) => {
    const common = {
      kind: v.kind,
      name: v.name.trim(),
      regionCode: v.regionCode.trim(),
      tokenId: orNull(v.tokenId),
      webhookUrl: orNull(v.webhookUrl),
      returnDays: v.returnDays ?? null,
      active: v.active,
    };
    const secret = v.webhookSecret?.trim() ? { webhookSecret: v.webhookSecret.trim() } : {};
    return current
      ? save.mutateAsync({ id: current.id, patch: { ...common, ...secret, version: current.version } })
      : save.mutateAsync({ create: { ...common, ...secret, code: v.code.trim() } });
  };

  return (
    <MedPage>
      <PageHeading
        title={tr('page.referrers')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {tr('ref.add')}
          </Button>
        }
      />
      <div className="tp-stack">
        <Alert type="info" showIcon title={tr('ref.intro')} />
        <Checkbox checked={inactive} onChange={(e) => setInactive(e.target.checked)}>
          {tr('ref.showInactive')}
        </Checkbox>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {narrow ? (
          list.data?.items.length ? (
            <ul className="med-cards" aria-label={tr('page.referrers')}>
              {list.data.items.map((r) => (
                <li key={r.id} className="med-card">
                  <h3>
                    {r.name} {r.active ? null : <Tag>{tr('ref.inactive')}</Tag>}
                  </h3>
                  <div className="med-meta">
                    {text(r.kindLabel)} · {r.code} · {r.regionName ?? r.regionCode}
                  </div>
                  <div className="med-meta">
                    {tr('ref.token')}
                    {tr('common.colon')}
                    {tokenText(r)}
                  </div>
                  <div className="med-meta">
                    {tr('ref.webhook')}
                    {tr('common.colon')}
                    {r.webhookUrl ?? tr('common.none')}
                  </div>
                  <div style={{ marginTop: 8 }}>{editButton(r)}</div>
                </li>
              ))}
            </ul>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )
        ) : (
          <Table<ReferrerView>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              { key: 'name', title: tr('ref.name'), render: (_, r) => r.name },
              { key: 'kind', title: tr('ref.kind'), render: (_, r) => text(r.kindLabel) },
              { key: 'code', title: tr('ref.code'), dataIndex: 'code' },
              { key: 'region', title: tr('ref.region'), render: (_, r) => r.regionName ?? r.regionCode },
              {
                key: 'token',
                title: tr('ref.token'),
                render: (_, r) => (r.tokenName ? `${r.tokenName}（${r.tokenPrefix ?? ''}…）` : tr('ref.noToken')),
              },
              { key: 'webhook', title: tr('ref.webhook'), render: (_, r) => r.webhookUrl ?? tr('common.none') },
              {
                key: 'active',
                title: tr('ref.active'),
                render: (_, r) => (r.active ? <Tag color="green">{tr('common.yes')}</Tag> : <Tag>{tr('common.no')}</Tag>),
              },
              {
                key: 'edit',
                title: tr('common.edit'),
                render: (_, r) => editButton(r),
              },
            ]}
          />
        )}
      </div>
      <FormModal
        open={editing !== null}
        title={current ? tr('ref.edit') : tr('ref.add')}
        formName="med-referrer"
        form={form}
        busy={save.isPending}
        initialValues={
          current
            ? {
                kind: current.kind,
                name: current.name,
                code: current.code,
                regionCode: current.regionCode,
                tokenId: current.tokenId ?? undefined,
                webhookUrl: current.webhookUrl ?? undefined,
                returnDays: current.returnDays,
                active: current.active,
              }
            : { kind: 'court', active: true }
        }
        onSubmit={submit}
        onClose={() => setEditing(null)}
      >
        <Form.Item name="kind" label={tr('ref.kind')} rules={[{ required: true }]}>
          <Select options={options(referrerKinds, referrerKindLabels)} />
        </Form.Item>
        <Form.Item name="name" label={tr('ref.name')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="code"
          label={tr('ref.code')}
          extra={tr('ref.codeHelp')}
          rules={[{ required: !current, whitespace: true, message: tr('common.required') }]}
        >
          <Input maxLength={60} disabled={Boolean(current)} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={tr('ref.region')}
          extra={tr('ref.regionHelp')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input maxLength={12} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="tokenId" label={tr('ref.token')} extra={tr('ref.tokenHelp')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="webhookUrl" label={tr('ref.webhook')}>
          <Input maxLength={500} inputMode="url" />
        </Form.Item>
        <Form.Item
          name="webhookSecret"
          label={tr('ref.secret')}
          extra={current?.hasWebhookSecret ? tr('ref.secretKeep') : tr('ref.secretHelp')}
        >
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="returnDays" label={tr('ref.returnDays')}>
          <InputNumber min={1} max={365} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{tr('ref.active')}</Checkbox>
        </Form.Item>
      </FormModal>
    </MedPage>
  );
}
