import { Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { useStaff } from '../../access/can';
import { activeAssignment } from '../../access/use-me';
import type { Assignment } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { TodoCard } from '../../workbench-todo/TodoCard';

function groupByModule(permissions: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const key of [...permissions].sort()) {
    const module = key.split('.')[0] ?? key;
    groups.set(module, [...(groups.get(module) ?? []), key]);
  }
  return [...groups];
}

/** Workbench home: who I am acting as, with what reach and permissions, and my to-do items. */
export default function WorkbenchHome() {
  const t = useT();
  const { locale } = useLocale();
  const { me } = useStaff();
  const active = activeAssignment(me);
  const roleName = (a: Assignment) => (locale === 'en' ? a.roleNameEn || a.roleName : a.roleName);

  return (
    <>
      <PageHeading title={t('workbench.welcome', { name: me.user.displayName })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={<h2 className="tp-card-title">{t('workbench.role')}</h2>}>
            {active ? (
              <Descriptions
                column={1}
                items={[
                  { key: 'org', label: t('workbench.org'), children: active.orgName },
                  { key: 'role', label: t('workbench.role'), children: roleName(active) },
                  { key: 'scope', label: t('workbench.scope'), children: t(`scope.${active.scope}`) },
                ]}
              />
            ) : (
              <Typography.Paragraph>{t('workbench.noAssignment')}</Typography.Paragraph>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <TodoCard />
        </Col>
        {me.assignments.length > 1 && (
          <Col xs={24}>
            <Card title={<h2 className="tp-card-title">{t('workbench.roles')}</h2>}>
              <Table<Assignment>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={me.assignments}
                columns={[
                  { key: 'org', title: t('workbench.org'), dataIndex: 'orgName' },
                  { key: 'role', title: t('workbench.role'), render: (_, a) => roleName(a) },
                  { key: 'scope', title: t('workbench.scope'), render: (_, a) => t(`scope.${a.scope}`) },
                ]}
              />
            </Card>
          </Col>
        )}
        <Col xs={24}>
          <Card title={<h2 className="tp-card-title">{t('workbench.permissions')}</h2>}>
            <Typography.Paragraph>{t('workbench.permissionCount', { n: me.permissions.length })}</Typography.Paragraph>
            <Descriptions
              column={1}
              size="small"
              items={groupByModule(me.permissions).map(([module, keys]) => ({
                key: module,
                label: module,
                children: (
                  <span>
                    {keys.map((k) => (
                      <Tag key={k}>{k}</Tag>
                    ))}
                  </span>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
