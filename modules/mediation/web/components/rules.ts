import type { Rule } from 'antd/es/form';

/**
 * "Pick at least one" for a Checkbox.Group. Not `required: true`: antd would put `aria-required` on the
 * group's plain <div>, which ARIA does not allow (axe aria-allowed-attr).
 */
export function atLeastOne(message: string): Rule {
  return {
    validator: (_, value: unknown) => (Array.isArray(value) && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(message))),
  };
}
