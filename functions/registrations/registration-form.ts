import type { FieldErrors } from '../shared/errors.js';

/** Names of the registration form's fields: the same as the JSON body's. */
export const REGISTRATION_TEXT_FIELDS = ['firstName', 'lastName', 'email', 'organisation', 'role'] as const;
export type RegistrationTextField = (typeof REGISTRATION_TEXT_FIELDS)[number];

/**
 * What the event page needs to show the registration form again after a refused post:
 * what was typed, and the French messages beside each field.
 */
export interface RegistrationFormState {
  values: Partial<Record<RegistrationTextField, string>> & { consent?: boolean; newsletter?: boolean };
  errors: FieldErrors;
  /** A message for the whole form (event full, registration closed…). */
  message?: string;
}
