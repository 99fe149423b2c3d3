import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex } from 'antd';
import { useApiErrorHandler } from '../../api/use-api-error';
import { auditApi } from '../api/audit';
import { useAdminT } from '../i18n/use-admin-t';

/** GET /audit/verify: recomputes the whole hash chain and names the first broken link. */
export function VerifyChain() {
  const ta = useAdminT();
  const onError = useApiErrorHandler();
  const verify = useMutation({ mutationFn: auditApi.verify, onError: (e) => onError(e) });
  const result = verify.data;

  return (
    <Flex vertical gap="small" align="flex-start">
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
        {ta('audit.verify')}
      </Button>
      {result && (
        <Alert
          role="status"
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={
            result.ok
              ? ta('audit.verifyOk', { n: result.checked })
              : ta('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?', n: result.checked })
          }
          description={result.ok ? undefined : result.reason}
        />
      )}
    </Flex>
  );
}
