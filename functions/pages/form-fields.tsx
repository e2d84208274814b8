import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../shared/errors.js';
import { pageText } from './page-text.js';

/**
 * The error summary every form shows at its top after a refused post: focusable, announced, and
 * each message a link to its field. Messages for no particular field are listed without a link.
 */
export function ErrorSummary({
  errors,
  labels,
  autofocus,
}: {
  errors: FieldErrors;
  labels: Record<string, string>;
  /** Takes the focus when the page loads (no script needed): the keyboard starts from the messages. */
  autofocus?: boolean;
}) {
  const entries = Object.entries(errors).filter(([, messages]) => messages.length);
  if (!entries.length) return null;
  const text = pageText();
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="erreurs-titre"
      tabindex={-1}
      autofocus={autofocus}
    >
      <h2 id="erreurs-titre">{text.formErrors(entries.length)}</h2>
      <ul>
        {entries.map(([field, messages]) =>
          field in labels ? (
            <li>
              <a href={`#${field}`}>
                {labels[field]}
                {text.fieldSeparator}
                {messages.map(text.translate).join(' ')}
              </a>
            </li>
          ) : (
            <li>{messages.map(text.translate).join(' ')}</li>
          ),
        )}
      </ul>
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  value?: string | undefined;
  errors?: FieldErrors | undefined;
  required?: boolean;
  /** Marks the label with " *" or " (facultatif)"; off for filters, where nothing is required. */
  marked?: boolean;
  hint?: Child;
  /** Takes the focus when the page loads, e.g. the field a form action just added. */
  autofocus?: boolean | undefined;
}

/** `aria-invalid` and `aria-describedby` for a field, from its hint and its messages. */
function described(name: string, hint: Child | undefined, errors: FieldErrors | undefined) {
  const invalid = Boolean(errors?.[name]?.length);
  const ids = [hint ? `${name}-aide` : '', invalid ? `${name}-erreur` : ''].filter(Boolean).join(' ');
  return {
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': ids || undefined,
  };
}

function FieldLabel({
  name,
  label,
  required,
  marked = true,
}: Pick<FieldProps, 'name' | 'label' | 'required' | 'marked'>) {
  return (
    <label for={name}>
      {label}
      {marked ? (required ? ' *' : ' (facultatif)') : null}
    </label>
  );
}

/** A field's messages, which its `aria-describedby` names by `id`; nothing when it has none. */
export function FieldError({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  return messages?.length ? (
    <p class="error" id={id}>
      {messages.map(pageText().translate).join(' ')}
    </p>
  ) : null;
}

function HintAndError({ name, hint, errors }: Pick<FieldProps, 'name' | 'hint' | 'errors'>) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${name}-aide`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${name}-erreur`} messages={errors?.[name]} />
    </>
  );
}

export function InputField({
  type = 'text',
  autocomplete,
  inputmode,
  ...props
}: FieldProps & {
  type?: 'text' | 'email' | 'url' | 'datetime-local' | 'search';
  autocomplete?: string;
  inputmode?: 'numeric';
}) {
  const { name, value, errors, required, hint, autofocus } = props;
  return (
    <div class="field">
      <FieldLabel {...props} />
      <HintAndError name={name} hint={hint} errors={errors} />
      <input
        autofocus={autofocus}
        type={type}
        id={name}
        name={name}
        value={value ?? ''}
        required={required}
        autocomplete={autocomplete}
        inputmode={inputmode}
        {...described(name, hint, errors)}
      />
    </div>
  );
}

export function TextAreaField({ rows = 4, ...props }: FieldProps & { rows?: number }) {
  const { name, value, errors, required, hint, autofocus } = props;
  return (
    <div class="field">
      <FieldLabel {...props} />
      <HintAndError name={name} hint={hint} errors={errors} />
      <textarea
        id={name}
        name={name}
        rows={rows}
        required={required}
        autofocus={autofocus}
        {...described(name, hint, errors)}
      >
        {value ?? ''}
      </textarea>
    </div>
  );
}

export function SelectField({
  options,
  ...props
}: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const { name, value, errors, required, hint, autofocus } = props;
  return (
    <div class="field">
      <FieldLabel {...props} />
      <HintAndError name={name} hint={hint} errors={errors} />
      <select
        id={name}
        name={name}
        required={required}
        autofocus={autofocus}
        {...described(name, hint, errors)}
      >
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  checked,
  hint,
}: {
  name: string;
  label: string;
  checked: boolean;
  hint?: Child;
}) {
  return (
    <div class="field checkbox">
      <input
        type="checkbox"
        id={name}
        name={name}
        value="on"
        checked={checked}
        aria-describedby={hint ? `${name}-aide` : undefined}
      />{' '}
      <label for={name}>{label}</label>
      {hint ? (
        <p class="hint" id={`${name}-aide`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The outcome of the last action, announced to screen readers. */
export interface Notice {
  kind: 'success' | 'error';
  text: string;
}

export function NoticeBox({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  return (
    <p
      class={notice.kind === 'error' ? 'error-summary' : 'notice'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      {notice.text}
    </p>
  );
}
