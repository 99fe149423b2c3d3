import { Select } from 'antd';
import { sourceOfReferrerKind } from '../../../../contract/referral';
import { useReferrerOptions } from '../../../api/referrers';

interface Props {
  id?: string;
  /** The intake's source: only bodies of that channel are offered. */
  source: string | undefined;
  value?: string;
  onChange?(value: string | undefined): void;
  /** The chosen body's name, copied into the free-text name field. */
  onPick(name: string | undefined): void;
}

/** A registered referring body of the chosen channel (MR's registry); the name can still be typed freely. */
export function ReferrerSelect({ id, source, value, onChange, onPick }: Props) {
  const referrers = useReferrerOptions();
  const items = (referrers.data?.items ?? []).filter((r) => sourceOfReferrerKind[r.kind] === source);
  return (
    <Select
      id={id}
      allowClear
      showSearch
      optionFilterProp="label"
      loading={referrers.isPending}
      value={value}
      options={items.map((r) => ({ value: r.id, label: r.name }))}
      onChange={(v: string | undefined) => {
        onChange?.(v);
        onPick(items.find((r) => r.id === v)?.name);
      }}
    />
  );
}
