import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { HandlingView } from '../../../../contract/handling';
import { signatureWays } from '../../../../contract/outcome';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { handlingApi, useHandlingAction } from '../../../api/handling';
import { useAgreementDraft } from '../../../api/referrals';
import { attachmentUrl } from '../../../api/upload';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { Fieldset } from '../../../components/MedPage';
import { useMedT } from '../../../i18n';

type Way = (typeof signatureWays)[number];

interface WrittenValues {
  reachedOn: Dayjs;
  facts: string;
  disputedMatters: string;
  responsibilities: string;
  terms: string;
  performanceManner: string;
  performanceDueOn?: Dayjs | null;
  signatures: { partyId: string; signed: boolean; signedOn?: Dayjs | null; way: Way }[];
  mediatorSigned: boolean;
  mediatorName: string;
  mediatorSignedOn?: Dayjs | null;
  committeeSeal: boolean;
}

interface OralValues {
  reachedOn: Dayjs;
  facts: string;
  terms: string;
  performanceManner: string;
  performanceDueOn?: Dayjs | null;
  mediatorName: string;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');
/** The fields of 第二十九条第一款 the printed draft needs (signatures come after printing). */
const contentFields: (keyof WrittenValues)[] = [
  'reachedOn',
  'facts',
  'disputedMatters',
  'responsibilities',
  'terms',
  'performanceManner',
  'performanceDueOn',
];
const req = (msg: string) => [{ required: true, whitespace: true, message: msg }];

/** 调解协议书 (第二十九条): the contents the law requires, each party's and the mediator's signature; three copies. */
export function WrittenAgreementModal(props: { h: HandlingView; mediatorName: string; facts: string; open: boolean; onClose(): void }) {
  const { h, open, onClose } = props;
  const tr = useMedT();
  const [form] = Form.useForm<WrittenValues>();
  const action = useHandlingAction(h.caseId, handlingApi.agreement);
  const wayLabels: Record<Way, string> = {
    signature: tr('agr.way.signature'),
    seal: tr('agr.way.seal'),
    fingerprint: tr('agr.way.fingerprint'),
  };
  const names = new Map(h.parties.map((p) => [p.id, p.name]));
  const draft = useAgreementDraft(h.caseId);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  /** 第二十九条: the contents are checked and the agreement printed for signing, before any signature is recorded. */
  const printDraft = async () => {
    let v: WrittenValues;
    try {
      v = await form.validateFields(contentFields);
    } catch {
      return;
    }
    try {
      const d = await draft.mutateAsync({
        reachedOn: iso(v.reachedOn),
        facts: v.facts.trim(),
        disputedMatters: v.disputedMatters.trim(),
        responsibilities: v.responsibilities.trim(),
        terms: v.terms.trim(),
        performanceManner: v.performanceManner.trim(),
        performanceDueOn: v.performanceDueOn ? iso(v.performanceDueOn) : null,
      });
      message.success(tr('agr.printDraftDone'));
      window.location.assign(attachmentUrl(d.attachmentId));
    } catch (e) {
      onError(e, form);
    }
  };

  const submit = (v: WrittenValues) =>
    action.mutateAsync({
      form: 'written',
      reachedOn: iso(v.reachedOn),
      facts: v.facts.trim(),
      disputedMatters: v.disputedMatters.trim(),
      responsibilities: v.responsibilities.trim(),
      terms: v.terms.trim(),
      performanceManner: v.performanceManner.trim(),
      performanceDueOn: v.performanceDueOn ? iso(v.performanceDueOn) : null,
      signatures: v.signatures
        .filter((s) => s.signed)
        .map((s) => ({ partyId: s.partyId, signedOn: iso(s.signedOn ?? v.reachedOn), way: s.way })),
      mediatorSignature: v.mediatorSigned
        ? { name: v.mediatorName.trim(), signedOn: iso(v.mediatorSignedOn ?? v.reachedOn), committeeSeal: v.committeeSeal }
        : null,
    });

  return (
    <FormModal
      open={open}
      title={tr('agr.draft')}
      formName="med-agreement-written"
      form={form}
      busy={action.isPending}
      initialValues={{
        reachedOn: dayjs(),
        facts: props.facts,
        signatures: h.parties.map((p) => ({ partyId: p.id, signed: true, signedOn: dayjs(), way: 'signature' as Way })),
        mediatorSigned: true,
        mediatorName: props.mediatorName,
        mediatorSignedOn: dayjs(),
        committeeSeal: true,
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{tr('agr.unsignedHint')}</Typography.Paragraph>
      <Form.Item name="reachedOn" label={tr('agr.reachedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="facts" label={tr('agr.matters')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="disputedMatters" label={tr('agr.disputed')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="responsibilities" label={tr('agr.responsibilities')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="terms" label={tr('agr.terms')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="performanceManner" label={tr('agr.performance')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="performanceDueOn" label={tr('agr.performanceDueOn')} rules={[{ required: true, message: tr('common.required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{tr('agr.printDraftHint')}</Typography.Paragraph>
      <Button icon={<FilePdfOutlined />} loading={draft.isPending} onClick={() => void printDraft()} style={{ marginBottom: 16 }}>
        {tr('agr.printDraft')}
      </Button>
      <Fieldset legend={tr('agr.signatures')}>
        <Form.List name="signatures">
          {(fields) =>
            fields.map((field) => {
              const name = names.get(form.getFieldValue(['signatures', field.name, 'partyId']) as string) ?? '';
              return (
                <Row key={field.key} gutter={8} align="bottom">
                  <Form.Item name={[field.name, 'partyId']} hidden>
                    <Input />
                  </Form.Item>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'signed']} valuePropName="checked">
                      <Checkbox>{tr('agr.signedBy', { name })}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item name={[field.name, 'signedOn']} label={tr('agr.signedOn')}>
                      <DatePicker style={{ width: '100%' }} aria-label={`${name} ${tr('agr.signedOn')}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item name={[field.name, 'way']} label={tr('agr.signWay')}>
                      <Select
                        options={signatureWays.map((w) => ({ value: w, label: wayLabels[w] }))}
                        aria-label={`${name} ${tr('agr.signWay')}`}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              );
            })
          }
        </Form.List>
        <Row gutter={8} align="bottom">
          <Col xs={24} md={8}>
            <Form.Item name="mediatorSigned" valuePropName="checked">
              <Checkbox>{tr('agr.mediatorSign')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="mediatorName" label={tr('session.mediator')} rules={req(tr('common.required'))}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="mediatorSignedOn" label={tr('agr.signedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="committeeSeal" valuePropName="checked">
          <Checkbox>{tr('agr.seal')}</Checkbox>
        </Form.Item>
      </Fieldset>
      <Typography.Paragraph type="secondary">{tr('agr.copiesText')}</Typography.Paragraph>
    </FormModal>
  );
}

/** 口头协议 (第三十条): the mediator records its content; effective the day it is reached. */
export function OralAgreementModal(props: { h: HandlingView; mediatorName: string; facts: string; open: boolean; onClose(): void }) {
  const { h, open, onClose } = props;
  const tr = useMedT();
  const [form] = Form.useForm<OralValues>();
  const action = useHandlingAction(h.caseId, handlingApi.agreement);
  return (
    <FormModal
      open={open}
      title={tr('agr.recordOral')}
      formName="med-agreement-oral"
      form={form}
      busy={action.isPending}
      initialValues={{ reachedOn: dayjs(), facts: props.facts, mediatorName: props.mediatorName }}
      onSubmit={(v) =>
        action.mutateAsync({
          form: 'oral',
          reachedOn: iso(v.reachedOn),
          facts: v.facts.trim(),
          terms: v.terms.trim(),
          performanceManner: v.performanceManner.trim(),
          performanceDueOn: v.performanceDueOn ? iso(v.performanceDueOn) : null,
          mediatorName: v.mediatorName.trim(),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="reachedOn" label={tr('agr.reachedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="facts" label={tr('agr.matters')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="terms" label={tr('agr.content')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="performanceManner" label={tr('agr.performance')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="performanceDueOn" label={tr('agr.performanceDueOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="mediatorName" label={tr('session.mediator')} rules={req(tr('common.required'))}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}
