import { MaskedField } from '../../../../web/src/components/MaskedField';
import { useComponentT } from './components-i18n';

export interface MaskedPhoneProps {
  /** The masked number as the view gives it (`138****5678`), null when none was recorded. */
  masked: string | null;
  /** The record the revealer knows: `hlTicket` (server/ticket.pii.ts) or another registered one. */
  entityType?: string;
  entityId: string;
  /** The revealer's field name; `phone` for tickets. */
  field?: string;
  /** From the view's `abilities` (e.g. ticket `abilities.revealPhone`); the UI never re-derives it. */
  canReveal: boolean;
  /** What is revealed, for the dialog title; default 来电号码. */
  fieldLabel?: string;
}

/**
 * A masked phone number with 查看 (the core's MaskedField): the reason is recorded by
 * POST /api/pii/reveal (audited), the plain number is kept only in this component's memory.
 */
export function MaskedPhone({ masked, entityType = 'hlTicket', entityId, field = 'phone', canReveal, fieldLabel }: MaskedPhoneProps) {
  const tr = useComponentT();
  return (
    <MaskedField
      entityType={entityType}
      entityId={entityId}
      field={field}
      fieldLabel={fieldLabel ?? tr('mask.phone')}
      value={{ masked, revealable: !!masked }}
      canReveal={canReveal}
      emptyText={tr('mask.none')}
    />
  );
}
