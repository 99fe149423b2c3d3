import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { matterKindLabels, noticeSenderKindLabels, noticeSenderKinds, type NoticeSenderKind } from '../../../../contract/enums';
import { noticeStageLabels, noticeStages, type PaperNoticeBody } from '../../../../contract/notice';
import { useCentres, type PaperNoticeRequest } from '../../../api/cases';
import { useOptions } from '../../../components/labels';
import { useAidT } from '../../../i18n';

const grounds = [
  'noticeMinor',
  'noticeDisabled',
  'noticeIncapacitated',
  'noticeLifeOrDeath',
  'noticeDeathReview',
  'noticeAbsentia',
  'noticeOtherByLaw',
  'noticeOrdinaryProcedure',
  'noticeCompulsoryTreatment',
] as const satisfies readonly PaperNoticeBody['ground'][];

export interface NoticeValues {
  ground: PaperNoticeBody['ground'];
  senderKind: NoticeSenderKind;
  senderName: string;
  documentNo: string;
  senderCaseNumber?: string;
  stage: PaperNoticeBody['stage'];
  issuedOn: Dayjs;
  defendant: { name: string; idNumber?: string; detentionPlace?: string };
  charge: string;
  opponentName?: string;
  centreOrgId?: string;
}

const t = (s?: string) => s?.trim() || undefined;

export function toPaperNotice(v: NoticeValues): PaperNoticeRequest {
  return {
    ground: v.ground,
    senderKind: v.senderKind,
    senderName: v.senderName.trim(),
    documentNo: v.documentNo.trim(),
    senderCaseNumber: t(v.senderCaseNumber),
    stage: v.stage,
    issuedOn: v.issuedOn.format('YYYY-MM-DD'),
    defendant: { name: v.defendant.name.trim(), idNumber: t(v.defendant.idNumber), detentionPlace: t(v.defendant.detentionPlace) },
    charge: v.charge.trim(),
    opponents: t(v.opponentName) ? [{ name: v.opponentName?.trim() ?? '' }] : [],
    centreOrgId: v.centreOrgId,
  };
}

/** A paper 通知辩护（代理）: ground, sender, document, stage and the person to defend (never reviewed for hardship). */
export function NoticeFields() {
  const tr = useAidT();
  const options = useOptions();
  const centres = useCentres();
  const req = [{ required: true, whitespace: true, message: tr('common.required') }];
  const sel = [{ required: true, message: tr('common.required') }];
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name="ground" label={tr('intake.ground')} rules={sel}>
          <Select options={options(grounds, matterKindLabels)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="senderKind" label={tr('intake.senderKind')} rules={sel}>
          <Select options={options(noticeSenderKinds, noticeSenderKindLabels)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="senderName" label={tr('intake.senderName')} rules={req}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="documentNo" label={tr('intake.documentNo')} rules={req}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="senderCaseNumber" label={tr('intake.senderCaseNumber')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="stage" label={tr('intake.stage')} rules={sel}>
          <Select options={options(noticeStages, noticeStageLabels)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="issuedOn" label={tr('intake.issuedOn')} rules={sel}>
          <DatePicker />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['defendant', 'name']} label={`${tr('intake.defendant')} · ${tr('intake.name')}`} rules={req}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['defendant', 'idNumber']} label={tr('intake.idNumber')}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['defendant', 'detentionPlace']} label={tr('intake.detention')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="charge" label={tr('intake.charge')} rules={req}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="opponentName" label={tr('intake.opponent')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="centreOrgId" label={tr('intake.centre')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={centres.data?.items.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
