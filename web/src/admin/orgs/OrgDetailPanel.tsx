import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { allowed, useCan } from '../../access/can';
import type { Org } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { EntityTimeline } from '../../components/EntityTimeline';
import { QueryError } from '../../components/QueryError';
import { ReasonModal } from '../../components/ReasonModal';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { adminKeys } from '../api/keys';
import { orgsApi } from '../api/orgs';
import { useOrgTypes } from '../components/use-org-types';
import { useAdminT } from '../i18n/use-admin-t';
import { OrgCreateModal } from './OrgCreateModal';
import { changedOrgFields, OrgForm, type OrgFormValues } from './OrgForm';
import { OrgMoveModal } from './OrgMoveModal';
import { submitForm } from '../../components/submit-form';

type Dialog = 'create' | 'move' | 'deactivate' | 'activate' | null;

interface Props {
  orgId: string;
  /** Called after any change, so the tree and list reload. */
  onChanged(org: Org): void;
}

/** One organisation: details, edit form, and the actions its `abilities` allow. */
export function OrgDetailPanel({ orgId, onChanged }: Props) {
  const t = useT();
  const ta = useAdminT();
  const fmt = useFormat();
  const can = useCan();
  const { typeLabel } = useOrgTypes();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<OrgFormValues>();
  const query = useQuery({ queryKey: [...adminKeys.orgs, 'detail', orgId], queryFn: () => orgsApi.get(orgId) });
  const org = query.data;

  const done = (changed: Org, text?: string) => {
    if (text) message.success(text);
    setEditing(false);
    setDialog(null);
    void query.refetch();
    onChanged(changed);
  };
  const save = useMutation({
    mutationFn: (v: OrgFormValues) => orgsApi.update(orgId, { ...changedOrgFields(org!, v), version: org!.version }),
    onSuccess: (o) => done(o, t('common.saved')),
    onError: (e) => onError(e, form),
  });

  if (query.isPending) return <Skeleton active />;
  if (query.isError || !org) return <QueryError error={query.error} onRetry={() => query.refetch()} />;

  const canEdit = allowed(org.abilities, 'canEdit', can('org.organisation.update'));
  const canMove = allowed(org.abilities, 'canMove', can('org.organisation.update')) && !!org.parentId;
  const canToggle = allowed(org.abilities, 'canDeactivate', can('org.organisation.deactivate'));
  const canCreate = can('org.organisation.create') && org.active;

  const actions = (
    <Space wrap>
      {canEdit && !editing && <Button onClick={() => setEditing(true)}>{ta('org.edit')}</Button>}
      {canCreate && <Button onClick={() => setDialog('create')}>{ta('org.createChild')}</Button>}
      {canMove && <Button onClick={() => setDialog('move')}>{ta('org.move')}</Button>}
      {canToggle &&
        (org.active ? (
          <Button danger onClick={() => setDialog('deactivate')}>
            {ta('org.deactivate')}
          </Button>
        ) : (
          <Button onClick={() => setDialog('activate')}>{ta('org.activate')}</Button>
        ))}
    </Space>
  );

  return (
    <Card title={<h2 className="tp-card-title">{org.name}</h2>} extra={<StatusBadge active={org.active} />}>
      <div className="tp-stack">
        {actions}
        {editing ? (
          <>
            <OrgForm form={form} name="org-edit" org={org} />
            <Space>
              <Button type="primary" loading={save.isPending} onClick={() => submitForm(form, (v) => save.mutate(v))}>
                {t('common.save')}
              </Button>
              <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
            </Space>
          </>
        ) : (
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, lg: 2 }}
            items={[
              { key: 'name', label: ta('org.name'), children: org.name },
              { key: 'short', label: ta('org.shortName'), children: org.shortName ?? '—' },
              { key: 'code', label: ta('org.code'), children: org.code },
              { key: 'type', label: ta('org.type'), children: typeLabel(org) },
              {
                key: 'region',
                label: ta('org.region'),
                children: org.regionName ? `${org.regionName}（${org.regionCode}）` : org.regionCode,
              },
              { key: 'parent', label: ta('org.parent'), children: org.parentName ?? '—' },
              { key: 'created', label: ta('org.createdAt'), children: fmt.dateTime(org.createdAt) },
              { key: 'updated', label: ta('org.updatedAt'), children: fmt.dateTime(org.updatedAt) },
            ]}
          />
        )}
        <EntityTimeline entityType="organisation" entityId={org.id} />
      </div>
      <OrgCreateModal parent={org} open={dialog === 'create'} onClose={() => setDialog(null)} onCreated={(o) => done(o)} />
      <OrgMoveModal org={org} open={dialog === 'move'} onClose={() => setDialog(null)} onMoved={(o) => done(o)} />
      <ReasonModal
        open={dialog === 'deactivate' || dialog === 'activate'}
        formName="org-status"
        danger={dialog === 'deactivate'}
        title={dialog === 'activate' ? ta('org.activateTitle', { name: org.name }) : ta('org.deactivateTitle', { name: org.name })}
        okText={dialog === 'activate' ? ta('org.activate') : ta('org.deactivate')}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const activating = dialog === 'activate';
          const changed = activating ? await orgsApi.activate(org.id, reason) : await orgsApi.deactivate(org.id, reason);
          done(changed, activating ? ta('org.activated') : ta('org.deactivated'));
        }}
      />
    </Card>
  );
}
