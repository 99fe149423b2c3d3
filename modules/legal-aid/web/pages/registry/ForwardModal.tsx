import { Alert, App, Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dutyStageLabels, dutyStages, type StationView } from '../../../contract/duty';
import { useAidMutation } from '../../api/keys';
import { registryApi } from '../../api/registry';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useOptions } from '../../components/labels';
import { useAidT } from '../../i18n';
import { ApplicationFields, type ApplicationValues, toStaffApplication } from '../workbench/intake/ApplicationFields';

interface Values extends ApplicationValues {
  servedOn: Dayjs;
  providerId?: string;
  stage: (typeof dutyStages)[number];
  receivedAt: Dayjs;
}

interface Props {
  station: StationView;
  lawyers: { value: string; label: string }[] | undefined;
  open: boolean;
  onClose(): void;
}

/**
 * 第三十九条第二款: the duty lawyer forwards an application received at the station to the centre
 * running it (within 24 hours); the server records the service `applicationForwarded` as well.
 */
export function ForwardModal({ station, lawyers, open, onClose }: Props) {
  const tr = useAidT();
  const options = useOptions();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const forward = useAidMutation((v: Values) => {
    const {
      origin: _origin,
      orgId: _orgId,
      receivedOn: _receivedOn,
      forwardedBy: _by,
      forwarderKind: _kind,
      forwarderReceivedAt: _fra,
      forwardedAt: _fa,
      ...application
    } = toStaffApplication(v, 'walkIn');
    return registryApi.forwardApplication({
      ...application,
      stationId: station.id,
      providerId: v.providerId,
      servedOn: v.servedOn.format('YYYY-MM-DD'),
      stage: v.stage,
      receivedAt: v.receivedAt.format(),
    });
  });
  return (
    <FormModal
      open={open}
      title={tr('forward.open')}
      formName="aid-forward"
      form={form}
      busy={forward.isPending}
      onClose={onClose}
      initialValues={{
        servedOn: dayjs(),
        receivedAt: dayjs(),
        stage: 'investigation',
        matterKind: 'criminalDefence',
        exemption: 'none',
        hardshipCheck: 'pledge',
        pledgeSigned: true,
      }}
      onSubmit={async (v) => {
        const r = await forward.mutateAsync(v);
        message.success(tr(r.forwardedLate ? 'forward.late' : 'forward.done', { number: r.caseNumber }));
      }}
    >
      <Alert type="info" showIcon title={tr('forward.hint')} style={{ marginBottom: 16 }} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="servedOn" label={tr('common.date')} rules={[{ required: true, message: tr('common.required') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="receivedAt" label={tr('forward.receivedAt')} rules={[{ required: true, message: tr('common.required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="providerId" label={tr('duty.provider')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={lawyers} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="stage" label={tr('duty.stage')}>
            <Select options={options(dutyStages, dutyStageLabels)} />
          </Form.Item>
        </Col>
      </Row>
      <ApplicationFields forwarded={false} duty />
    </FormModal>
  );
}
