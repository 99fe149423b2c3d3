import { Alert, Button, Card, Descriptions, Form, Input, List, Radio, Tag } from 'antd';
import { useState } from 'react';
import type { CaseDetail, PartyView } from '../../../../contract/case';
import { consentAnswers, consentStateLabels, consentWayLabels, consentWays } from '../../../../contract/enums';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { casesApi, type ConsentRequest, useCaseAction } from '../../../api/cases';
import { useEnumOptions, useEnumText } from '../../../components/CaseStateTag';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { MaskedField } from '../../../../../../web/src/components/MaskedField';
import { useMedT } from '../../../i18n';

const consentColours: Record<string, string> = { pending: 'default', given: 'green', refused: 'red' };

/** 当事人与意见: each party (personal data masked, reveal with a reason) and their consent (第十七条). */
export function PartiesTab({ c }: { c: CaseDetail }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const enumText = useEnumText();
  const [party, setParty] = useState<PartyView | null>(null);

  return (
    <div className="tp-stack">
      <ul className="med-cards" aria-label={tr('detail.tab.parties')}>
        {c.parties.map((p) => (
          <li key={p.id} className="med-card">
            <h3>
              {p.name} <Tag>{text(p.roleLabel)}</Tag>
            </h3>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'id',
                  label: tr('party.idNumber'),
                  children: (
                    <MaskedField
                      entityType="medParty"
                      entityId={p.id}
                      field="idNumber"
                      fieldLabel={`${p.name} ${tr('party.idNumber')}`}
                      value={p.idNumber}
                      canReveal={c.abilities.canReveal}
                    />
                  ),
                },
                {
                  key: 'phone',
                  label: tr('party.phone'),
                  children: (
                    <MaskedField
                      entityType="medParty"
                      entityId={p.id}
                      field="phone"
                      fieldLabel={`${p.name} ${tr('party.phone')}`}
                      value={p.phone}
                      canReveal={c.abilities.canReveal}
                    />
                  ),
                },
                {
                  key: 'address',
                  label: tr('party.address'),
                  children: (
                    <MaskedField
                      entityType="medParty"
                      entityId={p.id}
                      field="address"
                      fieldLabel={`${p.name} ${tr('party.address')}`}
                      value={p.address}
                      canReveal={c.abilities.canReveal}
                    />
                  ),
                },
                {
                  key: 'consent',
                  label: tr('party.consent'),
                  children: (
                    <>
                      <Tag color={consentColours[p.consent]} title={p.consentLabel.article}>
                        {text(p.consentLabel)}
                      </Tag>
                      {p.consentWay && <span className="med-meta">{enumText(consentWayLabels, p.consentWay)} </span>}
                      {p.consentAt && <span className="med-meta">{fmt.dateTime(p.consentAt)}</span>}
                      {p.refusalReason && <div className="med-meta">{p.refusalReason}</div>}
                    </>
                  ),
                },
              ]}
            />
            {c.abilities.canRecordConsent && p.consent === 'pending' && (
              <Button size="small" onClick={() => setParty(p)} aria-label={tr('party.recordFor', { name: p.name })}>
                {tr('party.record')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {c.recusals.length > 0 && (
        <Card size="small" title={<h2 className="tp-card-title">{tr('accept.recusals')}</h2>}>
          <List
            size="small"
            dataSource={c.recusals}
            renderItem={(r) => (
              <List.Item>
                {fmt.date(r.recordedOn)} · {r.mediatorName} ·{' '}
                {r.requestedBy === 'party' ? tr('accept.recuseByParty') : tr('accept.recuseByMediator')} · {r.reason}
              </List.Item>
            )}
          />
        </Card>
      )}
      <ConsentModal c={c} party={party} onClose={() => setParty(null)} />
    </div>
  );
}

function ConsentModal({ c, party, onClose }: { c: CaseDetail; party: PartyView | null; onClose(): void }) {
  const tr = useMedT();
  const options = useEnumOptions();
  const [form] = Form.useForm<ConsentRequest>();
  const answer = Form.useWatch('answer', form);
  const action = useCaseAction(c.id, (id, body: ConsentRequest) => casesApi.consent(id, party?.id ?? '', body));
  return (
    <FormModal
      open={party !== null}
      title={tr('party.recordTitle', { name: party?.name ?? '' })}
      formName="med-consent"
      form={form}
      busy={action.isPending}
      danger={answer === 'refused'}
      initialValues={{ answer: 'given', way: 'written' }}
      onSubmit={(v) => action.mutateAsync({ ...v, refusalReason: v.refusalReason?.trim() || undefined })}
      onClose={onClose}
    >
      <Form.Item name="answer" label={tr('party.answer')} rules={[{ required: true }]}>
        <Radio.Group options={options(consentAnswers, { given: consentStateLabels.given, refused: consentStateLabels.refused })} />
      </Form.Item>
      <Form.Item name="way" label={tr('party.way')} rules={[{ required: true }]}>
        <Radio.Group
          options={options(
            consentWays.filter((w) => w !== 'online'),
            consentWayLabels,
          )}
        />
      </Form.Item>
      {answer === 'refused' && (
        <>
          <Alert type="warning" showIcon title={tr('party.refuseWarn')} style={{ marginBottom: 12 }} />
          <Form.Item name="refusalReason" label={tr('party.refusalReason')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
