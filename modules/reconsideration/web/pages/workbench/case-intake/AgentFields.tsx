import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useReconT } from '../../../i18n';
import { LetterUpload } from './LetterUpload';

/** At most two agents (行政复议法 第十七条); the server checks the same rule. */
const maxAgents = 2;
const agentKinds = ['lawyer', 'legalWorker', 'other'] as const;

/** 委托代理人, each with a letter of authorisation uploaded before the case is saved. */
export function AgentFields({ draftId }: { draftId: string }) {
  const tr = useReconT();
  return (
    <Card title={<h2 className="tp-card-title">{tr('intake.agents')}</h2>}>
      <Typography.Paragraph type="secondary">{tr('intake.agentsHint')}</Typography.Paragraph>
      <Form.List name="agents">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <fieldset key={field.key} className="recon-fieldset">
                <legend>{tr('intake.agentN', { n: i + 1 })}</legend>
                <Row gutter={16}>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={tr('intake.agentName')}
                      rules={[{ required: true, whitespace: true, message: tr('intake.agentNameRequired') }]}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'agentKind']} label={tr('intake.agentKind')} initialValue="lawyer">
                      <Select options={agentKinds.map((k) => ({ value: k, label: tr(`intake.agentKind.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'phone']} label={tr('intake.agentPhone')}>
                      <Input maxLength={11} inputMode="tel" autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'idNumber']} label={tr('intake.agentIdNumber')}>
                      <Input maxLength={18} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[field.name, 'authorisationLetterAttachmentId']}
                      label={tr('intake.letter')}
                      rules={[{ required: true, message: tr('intake.letterRequired') }]}
                    >
                      <LetterUpload draftId={draftId} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={4}>
                    <Button danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                      {tr('intake.removeAgent')}
                    </Button>
                  </Col>
                </Row>
              </fieldset>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} disabled={fields.length >= maxAgents}>
              {tr('intake.addAgent')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
