/**
 * What a form's Server Action answers (through React's useActionState), shared by the actions and the form
 * components. Plain data: it travels to the browser, and is rendered on the server when JavaScript is off.
 */
export interface FormState {
  /** The API's message for a rejected submission; `field` names the input it is about, when it is one. */
  error?: { message: string; field?: string };
  /** What went well, said once. */
  success?: string;
  /** What was typed (never a password), so that the form shown again keeps it. */
  values?: Record<string, string>;
  /** One-time recovery codes, shown once after two-factor set-up or renewal. */
  recoveryCodes?: string[];
  /** A two-factor set-up in progress: the secret and its otpauth:// URI. */
  setup?: { secret: string; uri: string };
}

export const EMPTY_FORM_STATE: FormState = {};
