import { Button, Card, DatePicker, Empty, Form, Input, List, Rate, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  followupWayLabels,
  followupWays,
  type HandlingView,
  performanceStatusLabels,
  performanceStatuses,
} from '../../../../contract/handling';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { type FollowupRequest, handlingApi, type PerformanceRequest, useHandlingAction } from '../../../api/handling';
import { useEnumOptions } from '../../../components/CaseStateTag';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useMedT } from '../../../i18n';

type PerfValues = Omit<PerformanceRequest, 'checkedOn' | 'performedOn'> & { checkedOn: Dayjs; performedOn?: Dayjs | null };
type FuValues = Omit<FollowupRequest, 'visitedOn'> & { visitedOn: Dayjs };
const perfColours: Record<string, string> = { performed: 'green', partly: 'gold', notPerformed: 'red' };

/** 履行与回访: performance of the agreement (第三十一条) and follow-up visits (回访). */
export function FollowupTab({ h }: { h: HandlingView }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const options = useEnumOptions();
  const [open, setOpen] = useState<'perf' | 'fu' | null>(null);
  const [perfForm] = Form.useForm<PerfValues>();
  const [fuForm] = Form.useForm<FuValues>();
  const status = Form.useWatch('status', perfForm);
  const perf = useHandlingAction(h.caseId, handlingApi.performance);
  const fu = useHandlingAction(h.caseId, handlingApi.followup);
  const names = new Map(h.parties.map((p) => [p.id, p.name]));

  return (
    <div className="tp-stack">
      <Card
        size="small"
        title={<h2 className="tp-card-title">{tr('perf.title')}</h2>}
        extra={h.abilities.canRecordPerformance && <Button onClick={() => setOpen('perf')}>{tr('perf.add')}</Button>}
      >
        {h.performance.length === 0 ? (
          <Empty description={tr('perf.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            size="small"
            dataSource={h.performance}
            renderItem={(p) => (
              <List.Item>
                <div>
                  <Tag color={perfColours[p.status]}>{text(p.statusLabel)}</Tag>
                  {tr('perf.checkedOn')} {fmt.date(p.checkedOn)}
                  {p.performedOn && ` · ${tr('perf.performedOn')} ${fmt.date(p.performedOn)}`}
                  {p.note && <div className="med-meta">{p.note}</div>}
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card
        size="small"
        title={<h2 className="tp-card-title">{tr('fu.title')}</h2>}
        extra={h.abilities.canRecordFollowup && <Button onClick={() => setOpen('fu')}>{tr('fu.add')}</Button>}
      >
        {h.followups.length === 0 ? (
          <Empty description={tr('fu.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            size="small"
            dataSource={h.followups}
            renderItem={(f) => (
              <List.Item>
                <div>
                  {fmt.date(f.visitedOn)} · {text(f.wayLabel)}
                  {f.partyId && ` · ${names.get(f.partyId) ?? ''}`}
                  {f.satisfaction != null && <Rate disabled value={f.satisfaction} style={{ fontSize: 14, marginInlineStart: 8 }} />}
                  {f.result && <div className="med-meta">{f.result}</div>}
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
      <FormModal
        open={open === 'perf'}
        title={tr('perf.add')}
        formName="med-performance"
        form={perfForm}
        busy={perf.isPending}
        initialValues={{ checkedOn: dayjs(), status: 'performed', performedOn: dayjs() }}
        onSubmit={(v) =>
          perf.mutateAsync({
            status: v.status,
            checkedOn: v.checkedOn.format('YYYY-MM-DD'),
            performedOn: v.performedOn && v.status !== 'notPerformed' ? v.performedOn.format('YYYY-MM-DD') : undefined,
            note: v.note?.trim() || undefined,
          })
        }
        onClose={() => setOpen(null)}
      >
        <Form.Item name="status" label={tr('perf.status')} rules={[{ required: true }]}>
          <Select options={options(performanceStatuses, performanceStatusLabels)} />
        </Form.Item>
        <Form.Item name="checkedOn" label={tr('perf.checkedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {status !== 'notPerformed' && (
          <Form.Item
            name="performedOn"
            label={tr('perf.performedOn')}
            rules={[{ required: status === 'performed', message: tr('common.required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="note" label={tr('perf.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>
      <FormModal
        open={open === 'fu'}
        title={tr('fu.add')}
        formName="med-followup"
        form={fuForm}
        busy={fu.isPending}
        initialValues={{ visitedOn: dayjs(), way: 'phone' }}
        onSubmit={(v) => fu.mutateAsync({ ...v, visitedOn: v.visitedOn.format('YYYY-MM-DD'), result: v.result.trim() })}
        onClose={() => setOpen(null)}
      >
        <Form.Item name="visitedOn" label={tr('fu.on')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="way" label={tr('fu.way')} rules={[{ required: true }]}>
          <Select
            options={options(
              followupWays.filter((w) => w !== 'portal'),
              followupWayLabels,
            )}
          />
        </Form.Item>
        <Form.Item name="partyId" label={tr('fu.party')}>
          <Select allowClear options={h.parties.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="result" label={tr('fu.result')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="satisfaction" label={tr('fu.satisfaction')}>
          <Rate />
        </Form.Item>
      </FormModal>
    </div>
  );
}
