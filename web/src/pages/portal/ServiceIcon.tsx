import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CustomerServiceOutlined,
  FileTextOutlined,
  PhoneOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';

/** Icons a module may name for its portal service (`icon` in GET /api/portal/services). */
const icons: Record<string, ComponentType> = {
  appstore: AppstoreOutlined,
  audit: AuditOutlined,
  bank: BankOutlined,
  book: BookOutlined,
  'customer-service': CustomerServiceOutlined,
  file: FileTextOutlined,
  phone: PhoneOutlined,
  safety: SafetyCertificateOutlined,
  solution: SolutionOutlined,
  team: TeamOutlined,
};

function normalise(name: string): string {
  return name
    .replace(/(Outlined|Filled|TwoTone)$/, '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

export function ServiceIcon({ name }: { name?: string }) {
  const Icon = (name && icons[normalise(name)]) || AppstoreOutlined;
  return (
    <span aria-hidden>
      <Icon />
    </span>
  );
}
