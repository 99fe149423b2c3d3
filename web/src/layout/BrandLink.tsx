import { Link } from 'react-router';

/** The platform's mark and name, linking home. The image is decorative: the text names the link. */
export function BrandLink({ to, text }: { to: string; text: string }) {
  return (
    <Link to={to} className="tp-brand">
      <img src="/favicon.svg" alt="" width={32} height={32} />
      <span>{text}</span>
    </Link>
  );
}
