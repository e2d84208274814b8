import { ErrorSummary, InputField } from '../../pages/form-fields.js';
import { Layout } from '../../pages/layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import { SIGNATURE_SCRIPT_PATH } from './signature-script.js';

export const SIGNING_PATH = '/emargement';

/** The drawing area fills a phone's width and keeps its proportions; touches draw instead of scrolling. */
export const SIGNATURE_PAD_CSS =
  '.signature-pad canvas{display:block;width:100%;max-width:600px;height:auto;aspect-ratio:3/1;border:2px solid #333;background:#fff;touch-action:none;margin:.5rem 0}button{min-height:48px}';

const LABELS = {
  code: 'Code affiché dans la salle',
  email: 'Adresse e-mail d’inscription',
  typedName: 'Votre nom complet',
};

export interface SigningFormState {
  code?: string;
  email?: string;
  typedName?: string;
  errors?: FieldErrors;
}

/** The part of a form that takes a signature: the typed name, and the drawing area the script adds. */
export function SignatureFields({ typedName, errors }: Pick<SigningFormState, 'typedName' | 'errors'>) {
  return (
    <fieldset>
      <legend>Signature</legend>
      <InputField
        name="typedName"
        label={LABELS.typedName}
        value={typedName}
        errors={errors}
        marked={false}
        autocomplete="name"
        hint="Tapez votre prénom et votre nom, ou signez au doigt ou à la souris dans le cadre ci-dessous."
      />
      <input type="hidden" name="path" value="" />
      <div
        class="signature-pad"
        data-signature-pad
        data-label="Cadre de signature : tracez votre signature au doigt ou à la souris"
        hidden
      />
      {errors?.signature ? (
        <p class="error" id="signature-erreur">
          {errors.signature.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The trainee's page: the room's code (from the QR code, or typed), their address, and their signature. */
export function SigningPage(state: SigningFormState) {
  return (
    <Layout
      title="Émargement"
      head={
        <>
          <style dangerouslySetInnerHTML={{ __html: SIGNATURE_PAD_CSS }} />
          <script src={SIGNATURE_SCRIPT_PATH} defer />
        </>
      }
    >
      <h1>Signer la feuille d’émargement</h1>
      <p>
        Signez la demi-journée en cours avec le code affiché dans la salle par votre formateur ou formatrice.
      </p>
      <ErrorSummary errors={state.errors ?? {}} labels={LABELS} autofocus />
      <form method="post" action={SIGNING_PATH} novalidate>
        <InputField
          name="code"
          label={LABELS.code}
          value={state.code}
          errors={state.errors}
          required
          hint="Huit caractères, par exemple K7PM 4QXA ; les espaces ne comptent pas."
        />
        <InputField
          name="email"
          type="email"
          label={LABELS.email}
          value={state.email}
          errors={state.errors}
          required
          autocomplete="email"
        />
        <SignatureFields typedName={state.typedName} errors={state.errors} />
        <button type="submit">Signer</button>
      </form>
    </Layout>
  );
}

export function SignedPage({ signedAt, already }: { signedAt: string; already: boolean }) {
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' }).format(
    new Date(signedAt),
  );
  return (
    <Layout title="Signature enregistrée">
      <h1>Signature enregistrée</h1>
      <p class="notice" role="status">
        {already
          ? `Vous aviez déjà signé cette demi-journée à ${time} : votre première signature est gardée.`
          : `Votre présence est enregistrée (${time}). Merci !`}
      </p>
    </Layout>
  );
}
