import { Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { actKindLabels, actKinds } from '../../../../contract/enums';
import { useT } from '../../../../../../web/src/i18n/use-t';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useReconT } from '../../../i18n';

/** Dates of the act cannot lie in the future (the server says so too, with its code). */
export const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** 被申请复议的行政行为: kind, document, dates, whether the right to apply was stated, and what the procedure proposal reads. */
export function ActFields() {
  const t = useT();
  const tr = useReconT();
  const text = useLocalText();
  const rightsStated = Form.useWatch(['act', 'rightsStated']);
  return (
    <Card title={<h2 className="tp-card-title">{tr('intake.act')}</h2>}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['act', 'kind']}
            label={tr('intake.actKind')}
            rules={[{ required: true, message: tr('intake.actKindRequired') }]}
          >
            <Select options={actKinds.map((k) => ({ value: k, label: text(actKindLabels[k]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['act', 'documentNo']} label={tr('intake.documentNo')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['act', 'madeOn']}
            label={tr('intake.madeOn')}
            rules={[{ required: true, message: tr('intake.madeOnRequired') }]}
          >
            <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['act', 'learnedOn']}
            label={tr('intake.learnedOn')}
            dependencies={[['act', 'madeOn']]}
            rules={[
              { required: true, message: tr('intake.learnedOnRequired') },
              ({ getFieldValue }) => ({
                validator: (_, v?: Dayjs) => {
                  const made = getFieldValue(['act', 'madeOn']) as Dayjs | undefined;
                  return v && made && v.isBefore(made, 'day')
                    ? Promise.reject(new Error(tr('intake.learnedBeforeMade')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['act', 'rightsStated']} label={tr('intake.rightsStated')} extra={tr('intake.rightsStatedHint')}>
            <Radio.Group
              options={[
                { value: true, label: t('common.yes') },
                { value: false, label: t('common.no') },
              ]}
            />
          </Form.Item>
        </Col>
        {rightsStated === false && (
          <Col xs={24} md={12}>
            <Form.Item name={['act', 'learnedOfRightsOn']} label={tr('intake.learnedOfRightsOn')}>
              <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name={['act', 'amountYuan']} label={tr('intake.amount')}>
            <InputNumber min={0} max={1e12} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={['act', 'involvesRealProperty']} valuePropName="checked" noStyle>
            <Checkbox>{tr('intake.realProperty')}</Checkbox>
          </Form.Item>
          <Form.Item name={['act', 'onTheSpot']} valuePropName="checked" noStyle>
            <Checkbox>{tr('intake.onTheSpot')}</Checkbox>
          </Form.Item>
          <Form.Item name={['act', 'warningOrCriticism']} valuePropName="checked" noStyle>
            <Checkbox>{tr('intake.warning')}</Checkbox>
          </Form.Item>
          <Form.Item name="partiesAgreeSimplified" valuePropName="checked" noStyle>
            <Checkbox>{tr('intake.partiesAgree')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
