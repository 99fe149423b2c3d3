import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Select } from 'antd';
import { genderLabels, genders, partyKindLabels, partyKinds, partyRoleLabels, partyRoles } from '../../../../contract/enums';
import { useEnumOptions } from '../../../components/CaseStateTag';
import { Fieldset } from '../../../components/MedPage';
import { useMedT } from '../../../i18n';

/** The parties of a dispute (at least two, 第十七条): role, person or organisation, and their particulars. */
export function PartyList() {
  const tr = useMedT();
  const options = useEnumOptions();
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Fieldset key={field.key} legend={tr('intake.partyN', { n: i + 1 })}>
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={tr('intake.role')}
                    rules={[{ required: true, message: tr('common.required') }]}
                  >
                    <Select options={options(partyRoles, partyRoleLabels)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'kind']} label={tr('intake.partyKind')}>
                    <Radio.Group options={options(partyKinds, partyKindLabels)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={tr('intake.name')}
                    rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
                  >
                    <Input maxLength={200} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'gender']} label={tr('intake.gender')}>
                    <Select allowClear options={options(genders, genderLabels)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item noStyle dependencies={[['parties', field.name, 'kind']]}>
                    {({ getFieldValue }) =>
                      getFieldValue(['parties', field.name, 'kind']) === 'org' ? (
                        <Form.Item name={[field.name, 'creditCode']} label={tr('intake.idNumber')}>
                          <Input maxLength={18} autoComplete="off" />
                        </Form.Item>
                      ) : (
                        <Form.Item name={[field.name, 'idNumber']} label={tr('intake.idNumber')}>
                          <Input maxLength={18} autoComplete="off" />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'phone']} label={tr('intake.phone')}>
                    <Input maxLength={11} inputMode="tel" autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'address']} label={tr('intake.address')}>
                    <Input maxLength={200} autoComplete="off" />
                  </Form.Item>
                </Col>
              </Row>
              {fields.length > 2 && (
                <Button
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  style={{ marginBottom: 8 }}
                  aria-label={tr('intake.removeParty', { n: i + 1 })}
                >
                  {tr('common.remove')}
                </Button>
              )}
            </Fieldset>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ role: 'third', kind: 'person' })} style={{ marginBottom: 16 }}>
            {tr('intake.addParty')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
