import { Button, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A button-looking link that navigates inside the app (an <a>, never a button inside a link). */
export function LinkButton({ to, children, ...props }: { to: string; children: ReactNode } & Omit<ButtonProps, 'href' | 'onClick'>) {
  const navigate = useNavigate();
  return (
    <Button
      {...props}
      href={to}
      style={{ textDecoration: 'none', ...props.style }}
      onClick={(e) => {
        e.preventDefault();
        void navigate(to);
      }}
    >
      {children}
    </Button>
  );
}
