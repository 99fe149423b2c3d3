import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Row, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { TicketDetail } from '../../../contract/tickets';
import { deskApi, isNotFound, useIncoming } from '../../api/desk';
import { hlKeys, useHlMutation } from '../../api/keys';
import { type TicketCreateRequest, ticketApi, useTicket } from '../../api/tickets';
import type { InsertedSuggestion } from '../../components/SuggestionPanel';
import { useDeskT } from '../../desk-i18n';
import { DeskSearch } from './DeskSearch';
import { DeskSuggestions } from './DeskSuggestions';
import { type DeskFormValues, DeskTicketForm } from './DeskTicketForm';
import { IncomingCallCard } from './IncomingCallCard';
import { SavedTicketCard } from './SavedTicketCard';
import '../../components/hotline.css';

/** /workbench/hotline/desk — 坐席工作台: the incoming call, search, suggestions, the ticket in a few keystrokes. */
export default function DeskPage() {
  const tr = useDeskT();
  const lt = useLocalText();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<DeskFormValues>();
  const incoming = useIncoming();
  const call = incoming.data?.call ?? null;
  const client = useQueryClient();
  const [savedId, setSavedId] = useState<string | null>(null);
  const [simulatorGone, setSimulatorGone] = useState(false);
  const lastCallId = useRef<string | null>(null);
  // The ticket saved here, or one already saved for the current call (e.g. after a reload).
  const [dismissed, setDismissed] = useState<string | null>(null);
  const callTicket = call?.ticketId && call.ticketId !== dismissed ? call.ticketId : undefined;
  const shown = useTicket(savedId ?? callTicket);
  const current = shown.data ?? null;

  useEffect(() => {
    const id = call?.callId ?? null;
    if (id && id !== lastCallId.current) {
      lastCallId.current = id;
      setSavedId(null);
      form.resetFields();
    }
  }, [call?.callId, form]);

  // The call the form records: none once a ticket exists for it (a further ticket is a walk-in etc.).
  const formCall = call && !call.ticketId ? call : null;
  const create = useHlMutation((body: TicketCreateRequest) => ticketApi.create(body));
  const simulate = useHlMutation(() => deskApi.simulate({ stage: 'answered' }));

  const save = () =>
    void form.validateFields().then(
      async (v) => {
        const body: TicketCreateRequest = formCall
          ? {
              channel: 'phone',
              callId: formCall.callId,
              callerName: v.callerName?.trim() || undefined,
              category: v.category!,
              question: v.question!,
              answer: v.answer?.trim() || undefined,
            }
          : {
              channel: v.channel,
              callerName: v.callerName?.trim() || undefined,
              callerPhone: v.callerPhone?.trim() || undefined,
              category: v.category!,
              question: v.question!,
              answer: v.answer?.trim() || undefined,
              durationSeconds: v.durationMinutes != null ? v.durationMinutes * 60 : undefined,
            };
        try {
          const t: TicketDetail = await create.mutateAsync(body);
          client.setQueryData(hlKeys.ticket(t.id), t);
          setSavedId(t.id);
          message.success(tr('desk.savedTicket', { number: t.number }));
        } catch (e) {
          onError(e, form);
        }
      },
      () => undefined,
    );

  const insert = (s: InsertedSuggestion) => {
    const prev = (form.getFieldValue('answer') as string | undefined)?.trimEnd();
    form.setFieldValue('answer', prev ? `${prev}\n\n${s.text}` : s.text);
    message.info(tr('desk.inserted', { source: s.source }));
  };

  const runSimulation = async () => {
    try {
      const r = await simulate.mutateAsync(undefined);
      message.success(`${tr('desk.simulated')}（${lt(r.label)}）`);
    } catch (e) {
      if (isNotFound(e)) setSimulatorGone(true);
      else onError(e);
    }
  };

  const newTicket = () => {
    setSavedId(null);
    setDismissed(call?.ticketId ?? null);
    form.resetFields();
  };

  return (
    <div className="hl-page hl-desk">
      <PageHeading
        title={tr('page.desk')}
        extra={
          <Space wrap>
            {current && (
              <Button icon={<PlusOutlined />} onClick={newTicket}>
                {tr('desk.newTicket')}
              </Button>
            )}
            {!simulatorGone && (
              <Button icon={<ThunderboltOutlined />} loading={simulate.isPending} onClick={() => void runSimulation()}>
                {tr('desk.simulate')}
              </Button>
            )}
          </Space>
        }
      />
      {incoming.isError && <QueryError error={incoming.error} onRetry={() => void incoming.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <div className="tp-stack">
            <IncomingCallCard incoming={incoming.data} />
            {current ? (
              <SavedTicketCard ticket={current} />
            ) : (
              <DeskTicketForm form={form} call={formCall} busy={create.isPending} onSave={save} />
            )}
          </div>
        </Col>
        <Col xs={24} lg={10}>
          <div className="tp-stack">
            <DeskSearch onInsert={insert} />
            {!current && <DeskSuggestions form={form} onInsert={insert} />}
          </div>
        </Col>
      </Row>
    </div>
  );
}
