import type { ReactNode } from 'react';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { closedCaseStates } from '../../../../contract/enums';
import type { CitizenCaseItem } from '../../../../contract/portal';

export const isClosedState = (state: string) => (closedCaseStates as readonly string[]).includes(state);

export type Tone = 'blue' | 'orange' | 'green' | 'red' | 'grey';

/** Text, background and border of each tone: the text at ≥ 4.5:1 on its background (antd's tags fall short). */
const tones: Record<Tone, [string, string, string]> = {
  blue: ['#003eb3', '#e6f4ff', '#91caff'],
  orange: ['#873800', '#fff7e6', '#ffd591'],
  green: ['#135200', '#f6ffed', '#b7eb8f'],
  red: ['#a8071a', '#fff1f0', '#ffa39e'],
  grey: ['rgba(0, 0, 0, 0.78)', '#f5f5f5', '#d9d9d9'],
};

/** A small coloured label whose words carry the meaning (the colour only repeats it). */
export function Pill({ tone, children }: { tone: Tone; children: ReactNode }) {
  const [color, background, border] = tones[tone];
  return (
    <span
      style={{
        display: 'inline-block',
        color,
        background,
        border: `1px solid ${border}`,
        borderRadius: 4,
        padding: '0 8px',
        fontSize: '0.875em',
        lineHeight: '1.7',
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </span>
  );
}

const toneOf = (state: string): Tone =>
  state === 'correcting' ? 'orange' : state === 'decided' || state === 'mediated' ? 'green' : isClosedState(state) ? 'grey' : 'blue';

/** The case's state in plain words, as the server words it for the applicant. */
export function CaseStatusTag({ item }: { item: Pick<CitizenCaseItem, 'state' | 'status'> }) {
  const text = useLocalText();
  return <Pill tone={toneOf(item.state)}>{text(item.status)}</Pill>;
}
