import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Select, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../../../web/src/api/api-error';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { useLocalText, useLocale } from '../../../../../web/src/i18n/locale-context';
import {
  committeeKindLabels,
  committeeKinds,
  industryFieldLabels,
  industryFields,
  memberRoleLabels,
  memberRoles,
  type CommitteeDetail,
  type CommitteeKind,
  type IndustryField,
  type MemberGender,
  type MemberRole,
} from '../../../contract/organisation';
import { useCommittee, useCommitteeCandidates, useSaveCommittee } from '../../api/organisation';
import { Fieldset, MedPage } from '../../components/MedPage';
import { useOrgT } from '../../i18n/organisation';
import { committeePath } from './paths';

interface MemberValues {
  name: string;
  gender: MemberGender;
  role: MemberRole;
  termStartOn: Dayjs;
  termEndOn?: Dayjs | null;
}
interface Values {
  orgId?: string;
  kind: CommitteeKind;
  industryField?: IndustryField | null;
  establishedOn?: Dayjs | null;
  address?: string;
  phone?: string;
  sponsor?: string;
  members: MemberValues[];
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function initialOf(c: CommitteeDetail | undefined): Partial<Values> {
  if (!c) return { kind: 'village', members: [{ name: '', gender: 'female', role: 'chair', termStartOn: dayjs() }] as MemberValues[] };
  return {
    kind: c.kind,
    industryField: c.industryField,
    establishedOn: c.establishedOn ? dayjs(c.establishedOn) : null,
    address: c.address ?? undefined,
    phone: c.phone ?? undefined,
    sponsor: c.sponsor ?? undefined,
    members: c.members.map((m) => ({
      name: m.name,
      gender: m.gender,
      role: m.role,
      termStartOn: dayjs(m.termStartOn),
      termEndOn: dayjs(m.termEndOn),
    })),
  };
}

/**
 * /workbench/mediation/committees/new and /:orgId/edit — the committee and its whole roster, checked by
 * the server against 人民调解法 第八、九条 (3–9 members, a woman, one chair, 3-year terms); the
 * error appears on the field at fault (the member list or one member's term).
 */
export default function CommitteeEditPage() {
  const { orgId } = useParams();
  const tr = useOrgT();
  const text = useLocalText();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const { locale } = useLocale();
  const existing = useCommittee(orgId);
  const [search, setSearch] = useState('');
  const candidates = useCommitteeCandidates(search, !orgId);
  const save = useSaveCommittee(orgId);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [membersError, setMembersError] = useState<string[]>([]);

  useEffect(() => {
    if (existing.data) form.setFieldsValue(initialOf(existing.data));
  }, [existing.data, form]);

  if (orgId && existing.isError) return <QueryError error={existing.error} onRetry={() => void existing.refetch()} />;
  if (orgId && !existing.data) return <Skeleton active />;

  const submit = () => {
    setMembersError([]);
    return submitForm(form, async (v) => {
      const body = {
        kind: v.kind,
        industryField: v.kind === 'industry' ? (v.industryField ?? null) : null,
        establishedOn: day(v.establishedOn),
        address: v.address || null,
        phone: v.phone || null,
        sponsor: v.sponsor || null,
        members: (v.members ?? []).map((m) => ({
          name: m.name,
          gender: m.gender,
          role: m.role,
          termStartOn: day(m.termStartOn)!,
          ...(m.termEndOn ? { termEndOn: day(m.termEndOn)! } : {}),
        })),
      };
      try {
        const saved = await save.mutateAsync(orgId ? { ...body, version: existing.data!.version } : { ...body, orgId: v.orgId! });
        void navigate(committeePath(saved.orgId));
      } catch (e) {
        // Rules on the whole roster (第八条: size, a woman, one chair) answer with field `members`: shown above the list.
        if (isApiError(e) && e.field === 'members') setMembersError([e.text(locale)]);
        else onError(e, form);
      }
    });
  };

  return (
    <MedPage>
      <PageHeading title={orgId ? `${tr('page.committeeEdit')}：${existing.data?.name ?? ''}` : tr('page.committeeNew')} />
      <Form form={form} name="committee-edit" layout="vertical" initialValues={initialOf(undefined)} onFinish={() => void submit()}>
        <div className="tp-stack">
          <Typography.Paragraph type="secondary">{tr('committee.rules')}</Typography.Paragraph>
          <Card>
            <Row gutter={16}>
              {!orgId && (
                <Col xs={24} md={12}>
                  <Form.Item name="orgId" label={tr('committee.org')} extra={tr('committee.orgHint')} rules={[{ required: true }]}>
                    <Select
                      showSearch
                      filterOption={false}
                      onSearch={setSearch}
                      loading={candidates.isFetching}
                      options={candidates.data?.items.map((o) => ({ value: o.id, label: o.name }))}
                    />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24} md={12}>
                <Form.Item name="kind" label={tr('committee.kind')} rules={[{ required: true }]}>
                  <Select options={committeeKinds.map((k) => ({ value: k, label: text(committeeKindLabels[k]) }))} />
                </Form.Item>
              </Col>
              {kind === 'industry' && (
                <Col xs={24} md={12}>
                  <Form.Item name="industryField" label={tr('committee.field')} rules={[{ required: true }]}>
                    <Select options={industryFields.map((f) => ({ value: f, label: text(industryFieldLabels[f]) }))} />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24} md={12}>
                <Form.Item name="establishedOn" label={tr('committee.established')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="sponsor" label={tr('committee.sponsor')} rules={[{ max: 200 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="address" label={tr('committee.address')} rules={[{ max: 300 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="phone" label={tr('committee.phone')} rules={[{ max: 40 }]}>
                  <Input inputMode="tel" />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title={tr('committee.members')}>
            {membersError.length > 0 && (
              <Alert type="error" showIcon message={membersError.join('；')} role="alert" style={{ marginBottom: 12 }} />
            )}
            <Form.List name="members">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Fieldset key={f.key} legend={tr('member.legend', { n: i + 1 })}>
                      <Row gutter={12} align="bottom">
                        <Col xs={24} sm={12} md={5}>
                          <Form.Item name={[f.name, 'name']} label={tr('member.name')} rules={[{ required: true, max: 100 }]}>
                            <Input autoComplete="off" />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={6} md={3}>
                          <Form.Item name={[f.name, 'gender']} label={tr('member.gender')} rules={[{ required: true }]}>
                            <Select
                              options={[
                                { value: 'female', label: tr('member.female') },
                                { value: 'male', label: tr('member.male') },
                              ]}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={6} md={4}>
                          <Form.Item name={[f.name, 'role']} label={tr('member.role')} rules={[{ required: true }]}>
                            <Select options={memberRoles.map((r) => ({ value: r, label: text(memberRoleLabels[r]) }))} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={12} md={5}>
                          <Form.Item name={[f.name, 'termStartOn']} label={tr('member.termStart')} rules={[{ required: true }]}>
                            <DatePicker style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={12} md={5}>
                          <Form.Item name={[f.name, 'termEndOn']} label={tr('member.termEnd')} extra={tr('member.termEndHint')}>
                            <DatePicker style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={2}>
                          <Form.Item>
                            <Button
                              aria-label={tr('member.remove', { n: i + 1 })}
                              icon={<DeleteOutlined />}
                              onClick={() => remove(f.name)}
                            />
                          </Form.Item>
                        </Col>
                      </Row>
                    </Fieldset>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ gender: 'male', role: 'member', termStartOn: dayjs() })}>
                    {tr('member.add')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
          <div>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {tr('common.save')}
            </Button>{' '}
            <Button onClick={() => void navigate(-1)}>{tr('common.cancel')}</Button>
          </div>
        </div>
      </Form>
    </MedPage>
  );
}
