import type { Mailer } from '../mail/mailer.js';
import { Fragment, markup, plain, renderTemplate } from '../mail/render.js';
import { singleLine } from '../mail/links.js';
import type { KitMails, KitUpdate } from './kit-mails.js';

function changeLines(update: KitUpdate): string[] {
  const { added, removed, updated } = update.changes;
  return [
    ...added.map((name) => `Ajouté : ${name}`),
    ...updated.map((name) => `Mis à jour : ${name}`),
    ...removed.map((name) => `Retiré : ${name}`),
    ...(update.notes ? [`Note de l’équipe : ${update.notes}`] : []),
  ];
}

export class KitUpdateMails implements KitMails {
  constructor(private readonly mailer: Mailer) {}

  async versionPublished(to: string, update: KitUpdate): Promise<void> {
    const subject = singleLine(`Nouvelle version du kit « ${update.kitTitle} »`);
    const lines = changeLines(update);
    const list = lines.length ? lines : ['Les fichiers sont inchangés.'];
    const changes = new Fragment(
      `<ul>${list.map((line) => markup`<li>${line}</li>`).join('')}</ul>`,
      list.map((line) => plain`- ${line}`).join('\n'),
    );
    await this.mailer.send({
      to: [to],
      subject,
      headers: { 'List-Unsubscribe': `<${update.optOutUrl}>` },
      ...renderTemplate('kit-updated', {
        subject,
        preview: `La version ${update.version} remplace la version ${update.previousVersion}.`,
        reason: `Vous recevez ce message parce que ${to} a téléchargé une version précédente de ce kit.`,
        kitTitle: update.kitTitle,
        version: String(update.version),
        previousVersion: String(update.previousVersion),
        changes,
        kitUrl: update.kitUrl,
        optOutUrl: update.optOutUrl,
      }),
    });
  }
}
