import { citizenInboxPath } from '@tianping/common/contract/service';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { Link } from 'react-router';
import { portalApi } from '../../api/portal';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useT } from '../../i18n/use-t';
import { citizenQueryKey, rememberCitizen, useCitizen } from './use-citizen';

/** "登录" for visitors; the masked phone, "我的文书" and "退出" for a signed-in citizen. */
export function CitizenStatus() {
  const t = useT();
  const { citizen, isLoading } = useCitizen();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();

  if (!citizen) return isLoading ? null : <Link to="/portal/login">{t('portal.citizenLogin')}</Link>;
  const logout = async () => {
    try {
      await portalApi.logout();
      rememberCitizen(false);
      queryClient.setQueryData(citizenQueryKey, null);
    } catch (e) {
      onError(e);
    }
  };
  return (
    <>
      <span>{t('portal.signedIn', { who: citizen.name || citizen.phoneMasked })}</span>
      <Link to={citizenInboxPath}>{t('portal.inbox')}</Link>
      <Button size="small" onClick={logout}>
        {t('portal.logout')}
      </Button>
    </>
  );
}
