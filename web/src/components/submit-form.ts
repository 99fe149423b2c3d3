import type { FormInstance } from 'antd';

/**
 * Validates the form and hands the values on. A failed validation is already shown under
 * the fields, so it is swallowed here rather than left as an unhandled promise rejection.
 */
export function submitForm<V>(form: FormInstance<V>, onValid: (values: V) => unknown, fields?: (keyof V & string)[]): Promise<void> {
  const validated = fields ? form.validateFields(fields) : form.validateFields();
  return validated.then(
    (values) => void onValid(values as V),
    () => undefined,
  );
}
