export interface SmsMessage {
  phone: string;
  /** Template key, e.g. `citizen.loginCode`; the gateway renders it. */
  template: string;
  params: Record<string, string>;
}

/** The SMS gateway. The default implementation writes to the development outbox table. */
export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}
