import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { HandlingView } from '../../../../contract/handling';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { attachmentUrl } from '../../../api/upload';
import { useMedT } from '../../../i18n';
import { SessionForm } from './SessionForm';

/** 调解记录: the sessions held (第二十七条), newest first, and the record form while the case is being mediated. */
export function SessionsTab({ h }: { h: HandlingView }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const [adding, setAdding] = useState(false);
  const names = new Map(h.parties.map((p) => [p.id, p.name]));
  const sessions = [...h.sessions].sort((a, b) => (a.heldOn < b.heldOn ? 1 : -1));

  return (
    <div className="tp-stack">
      {h.abilities.canRecordSession &&
        (adding ? (
          <Card size="small" title={<h2 className="tp-card-title">{tr('session.formTitle')}</h2>}>
            <SessionForm h={h} onDone={() => setAdding(false)} />
          </Card>
        ) : (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} className="med-full-sm">
            {tr('session.add')}
          </Button>
        ))}
      <Card size="small" title={<h2 className="tp-card-title">{tr('session.title')}</h2>}>
        {sessions.length === 0 ? (
          <Empty description={tr('session.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul className="med-cards" style={{ gridTemplateColumns: '1fr' }}>
            {sessions.map((s) => (
              <li key={s.id} className="med-card">
                <h3>
                  {fmt.date(s.heldOn)} {s.startTime ?? ''} · {s.place}{' '}
                  <Tag>{s.isPublic ? tr('session.public') : tr('session.private')}</Tag>
                </h3>
                <div className="med-meta">
                  {tr('session.mediator')}
                  {tr('common.colon')}
                  {s.mediatorName} · {tr('session.participants')}
                  {tr('common.colon')}
                  {s.partyIds.map((id) => names.get(id) ?? id).join('、')}
                </div>
                {s.participants.length > 0 && (
                  <div className="med-meta">
                    {tr('session.invited')}
                    {tr('common.colon')}
                    {s.participants.map((p) => `${p.name}（${text(p.relationLabel)}）`).join('、')}
                  </div>
                )}
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '8px 0 0' }}>{s.record}</Typography.Paragraph>
                {s.attachmentIds.length > 0 && (
                  <ul className="med-photo-list" aria-label={tr('session.photos')}>
                    {s.attachmentIds.map((id, i) => (
                      <li key={id}>
                        <a href={attachmentUrl(id)} aria-label={`${tr('session.photos')} ${i + 1}`}>
                          <img src={attachmentUrl(id)} alt="" width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6 }} />
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
