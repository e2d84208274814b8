import { Layout } from '../../pages/layout.js';
import { ErrorSummary } from '../../pages/form-fields.js';
import type { FieldErrors } from '../../shared/errors.js';
import { frenchPeriod } from '../../shared/paris-dates.js';
import { SCORE_LABELS, SCORE_QUESTIONS, type ScoreQuestion } from '../survey.js';
import type { SurveyForm } from '../survey-service.js';

/** What the form shows: the saved answer, or what a refused post sent back. */
export interface SurveyValues {
  overall?: string;
  content?: string;
  trainers?: string;
  recommend?: string;
  comment?: string;
}

const LABELS: Record<string, string> = {
  ...SCORE_LABELS,
  recommend: 'Recommandation',
  comment: 'Commentaire',
};

function ScoreField({ question, value }: { question: ScoreQuestion; value?: string }) {
  return (
    <fieldset id={question} class="choices">
      <legend>{SCORE_LABELS[question]} (de 1, pas du tout satisfait·e, à 5, très satisfait·e)</legend>
      {[1, 2, 3, 4, 5].map((score) => (
        <label>
          <input
            type="radio"
            name={question}
            value={String(score)}
            required
            checked={value === String(score)}
          />{' '}
          {score}
        </label>
      ))}
    </fieldset>
  );
}

/** The survey a personal link opens: five questions, and the saved answer to edit until staff close it. */
export function SurveyFormPage({
  form,
  action,
  values,
  errors,
  saved,
}: {
  form: SurveyForm;
  action: string;
  values: SurveyValues;
  errors?: FieldErrors;
  saved?: boolean;
}) {
  const { event } = form;
  return (
    <Layout
      title={`Enquête de satisfaction · ${event.title}`}
      head={<meta name="robots" content="noindex" />}
    >
      <h1>Votre avis sur « {event.title} »</h1>
      <p>{frenchPeriod(event.startsAt, event.endsAt)}</p>
      {saved ? (
        <p class="notice" role="status">
          Merci {form.firstName} : votre réponse est enregistrée. Vous pouvez la modifier tant que l’enquête
          est ouverte.
        </p>
      ) : null}
      {form.closed ? (
        <p class="notice" role="status">
          L’enquête est close :{' '}
          {form.answer ? 'votre réponse ne peut plus changer.' : 'elle ne reçoit plus de réponse.'}
        </p>
      ) : (
        <form method="post" action={action} novalidate>
          {errors ? <ErrorSummary errors={errors} labels={LABELS} autofocus /> : null}
          {SCORE_QUESTIONS.map((question) => (
            <ScoreField question={question} value={values[question]} />
          ))}
          <fieldset id="recommend" class="choices">
            <legend>Recommanderiez-vous cet événement à un collègue ?</legend>
            {[
              ['oui', 'Oui'],
              ['non', 'Non'],
            ].map(([value, label]) => (
              <label>
                <input
                  type="radio"
                  name="recommend"
                  value={value}
                  required
                  checked={values.recommend === value}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <p>
            <label for="comment">Commentaire (facultatif)</label>
            <textarea id="comment" name="comment" rows={5} maxlength={4000}>
              {values.comment ?? ''}
            </textarea>
          </p>
          <button type="submit">{form.answer ? 'Modifier ma réponse' : 'Envoyer ma réponse'}</button>
        </form>
      )}
    </Layout>
  );
}
