import { ErrorSummary, FieldError, InputField, NoticeBox, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import type { Topic } from '../subscriber.js';
import type { TopicFigures } from '../topic-service.js';

export const TOPIC_PATHS = {
  page: '/admin/newsletter/themes',
  rename: (slug: string) => `/admin/newsletter/themes/${encodeURIComponent(slug)}/renommer`,
  remove: (slug: string) => `/admin/newsletter/themes/${encodeURIComponent(slug)}/supprimer`,
} as const;

export interface TopicsPageProps {
  topics: Topic[];
  figures: TopicFigures;
  notice?: Notice | undefined;
  /** The add form as posted, with its errors. */
  form?: { values: { slug: string; name: string }; errors: FieldErrors };
  /** A refused rename: which topic, the name typed, the messages. */
  rename?: { slug: string; name: string; errors: string[] };
}

const LABELS = { slug: 'Identifiant', name: 'Nom' };

function subscribers(count: number): string {
  return `${count} abonné${count > 1 ? 's' : ''}`;
}

/** The newsletter's topics, with the confirmed subscribers of each; add, rename, delete. */
export function TopicsPage({ topics, figures, notice, form, rename }: TopicsPageProps) {
  const { byStatus } = figures;
  return (
    <StaffLayout title="Thèmes de la lettre" section={TOPIC_PATHS.page}>
      <h1>Thèmes de la lettre d’information</h1>
      <NoticeBox notice={notice} />
      <p>
        {subscribers(byStatus.confirmed)} confirmé{byStatus.confirmed > 1 ? 's' : ''}, {byStatus.pending}{' '}
        demande{byStatus.pending > 1 ? 's' : ''} en attente de confirmation, {byStatus.unsubscribed} désabonné
        {byStatus.unsubscribed > 1 ? 's' : ''}.
      </p>
      {topics.length ? (
        <div class="table-wrap">
          <table>
            <caption>Thèmes proposés aux abonnés</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Identifiant</th>
                <th scope="col">Abonnés confirmés</th>
                <th scope="col">Renommer</th>
                <th scope="col">Supprimer</th>
              </tr>
            </thead>
            <tbody>
              {topics.map((topic) => {
                const refused = rename?.slug === topic.slug ? rename : undefined;
                const id = `nom-${topic.slug}`;
                return (
                  <tr>
                    <th scope="row">{topic.name}</th>
                    <td>{topic.slug}</td>
                    <td>{figures.confirmedByTopic[topic.slug] ?? 0}</td>
                    <td>
                      <form method="post" action={TOPIC_PATHS.rename(topic.slug)} class="inline">
                        <label for={id} class="visually-hidden">
                          Nouveau nom de « {topic.name} »
                        </label>
                        <FieldError id={`${id}-erreur`} messages={refused?.errors} />
                        <input
                          type="text"
                          id={id}
                          name="name"
                          value={refused?.name ?? topic.name}
                          required
                          aria-invalid={refused ? 'true' : undefined}
                          aria-describedby={refused ? `${id}-erreur` : undefined}
                        />{' '}
                        <button type="submit">Renommer</button>
                      </form>
                    </td>
                    <td>
                      <a href={TOPIC_PATHS.remove(topic.slug)}>Supprimer « {topic.name} »</a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun thème : ajoutez-en un pour que l’on puisse s’abonner.</p>
      )}
      <h2>Ajouter un thème</h2>
      <form method="post" action={TOPIC_PATHS.page} novalidate>
        <ErrorSummary errors={form?.errors ?? {}} labels={LABELS} />
        <InputField
          name="name"
          label={LABELS.name}
          value={form?.values.name}
          errors={form?.errors}
          required
        />
        <InputField
          name="slug"
          label={LABELS.slug}
          value={form?.values.slug}
          errors={form?.errors}
          required
          hint="Minuscules sans accent, chiffres et tirets (ex. : journees-techniques). Il ne pourra plus changer."
        />
        <div class="actions">
          <button type="submit">Ajouter le thème</button>
        </div>
      </form>
    </StaffLayout>
  );
}

export function DeleteTopicPage({ topic, confirmed }: { topic: Topic; confirmed: number }) {
  return (
    <StaffLayout title={`Supprimer « ${topic.name} » ?`} section={TOPIC_PATHS.page}>
      <h1>Supprimer le thème « {topic.name} » ?</h1>
      <p>
        {confirmed
          ? `${subscribers(confirmed)} confirmé${confirmed > 1 ? 's l’ont choisi' : ' l’a choisi'} : ils ne le verront plus dans leurs préférences et les campagnes ne pourront plus le cibler. Leurs autres thèmes ne changent pas.`
          : 'Aucun abonné confirmé ne l’a choisi.'}
      </p>
      <form method="post" action={TOPIC_PATHS.remove(topic.slug)} class="actions">
        <button type="submit" class="danger">
          Confirmer la suppression
        </button>
        <a href={TOPIC_PATHS.page}>Ne pas supprimer</a>
      </form>
    </StaffLayout>
  );
}
