import { Card, Col, Form, Input, Radio, Row } from 'antd';
import { applicantKindLabels, applicantKinds } from '../../../../contract/enums';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useReconT } from '../../../i18n';

const mobile = /^1\d{10}$/;
const creditCode = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** 申请人: a natural person (ID number) or an organisation (credit code and representative). */
export function ApplicantFields() {
  const tr = useReconT();
  const text = useLocalText();
  const kind = Form.useWatch(['applicant', 'kind']);
  const isPerson = kind !== 'organisation';
  return (
    <Card title={<h2 className="tp-card-title">{tr('intake.applicant')}</h2>}>
      <Form.Item name={['applicant', 'kind']} label={tr('intake.applicantKind')}>
        <Radio.Group options={applicantKinds.map((k) => ({ value: k, label: text(applicantKindLabels[k]) }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['applicant', 'name']}
            label={isPerson ? tr('intake.name') : tr('intake.orgName')}
            rules={[{ required: true, whitespace: true, message: tr('intake.nameRequired') }]}
          >
            <Input maxLength={isPerson ? 100 : 200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {isPerson ? (
            <Form.Item
              name={['applicant', 'idNumber']}
              label={tr('intake.idNumber')}
              rules={[{ required: true, whitespace: true, message: tr('intake.idNumberRequired') }]}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          ) : (
            <Form.Item
              name={['applicant', 'creditCode']}
              label={tr('intake.creditCode')}
              normalize={(v: string) => v?.toUpperCase()}
              rules={[
                { required: true, whitespace: true, message: tr('intake.creditCodeRequired') },
                { pattern: creditCode, message: tr('intake.creditCodeInvalid') },
              ]}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          )}
        </Col>
        {!isPerson && (
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'representative']}
              label={tr('intake.representative')}
              rules={[{ required: true, whitespace: true, message: tr('intake.representativeRequired') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item
            name={['applicant', 'phone']}
            label={tr('intake.phone')}
            rules={[{ pattern: mobile, message: tr('intake.phoneInvalid') }]}
          >
            <Input maxLength={11} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={['applicant', 'address']} label={tr('intake.address')}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
