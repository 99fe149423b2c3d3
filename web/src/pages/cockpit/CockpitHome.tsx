import { Link } from 'react-router';
import { useCan, useStaff } from '../../access/can';
import { activeAssignment } from '../../access/use-me';
import { usePageTitle } from '../../components/use-page-title';
import { useFormat } from '../../i18n/format';
import { useLocale, useLocalText } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { useNow } from '../../layout/cockpit/use-now';
import { webModules } from '../../modules';

/**
 * The cockpit's landing grid: the leader's organisation, today's date and the boards that
 * enabled modules provide. No figures are shown until a module supplies real ones.
 */
export default function CockpitHome() {
  const t = useT();
  const text = useLocalText();
  const { locale } = useLocale();
  const fmt = useFormat();
  const can = useCan();
  const { me } = useStaff();
  const now = useNow(60_000);
  const active = activeAssignment(me);
  const boards = webModules.flatMap((m) => m.routes).filter((r) => r.layout === 'cockpit' && can(r.access));
  usePageTitle(t('app.cockpit'));

  return (
    <>
      <section className="tp-cockpit-panel" aria-labelledby="cockpit-org">
        <h2 id="cockpit-org">{t('cockpit.org')}</h2>
        <div className="tp-cockpit-big">{active?.orgName ?? me.user.displayName}</div>
        {active && <div>{locale === 'en' ? active.roleNameEn || active.roleName : active.roleName}</div>}
      </section>
      <section className="tp-cockpit-panel" aria-labelledby="cockpit-now">
        <h2 id="cockpit-now">{t('cockpit.now')}</h2>
        <div className="tp-cockpit-big">{fmt.date(now)}</div>
        <div>{now.toLocaleDateString(locale, { weekday: 'long' })}</div>
      </section>
      <section className="tp-cockpit-panel" aria-labelledby="cockpit-boards">
        <h2 id="cockpit-boards">{t('app.cockpit')}</h2>
        {boards.length === 0 ? (
          <p>{t('cockpit.noBoards')}</p>
        ) : (
          <ul>
            {boards.map((b) => (
              <li key={b.path}>
                <Link to={`/cockpit/${b.path}`}>{text(b.title)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
