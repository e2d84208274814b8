/**
 * The English of the French texts the public meets in answers (problem details, form messages): the domain
 * keeps writing French, and an English page or an API client asking for English reads them through this table.
 * A text it does not hold stays French.
 */
const TEXTS: Record<string, string> = {
  // functions/shared/errors.ts and functions/http/problem.ts
  'Données invalides': 'Invalid data',
  'Certaines informations sont invalides.': 'Some information is invalid.',
  'Requête illisible': 'Unreadable request',
  'Le corps de la requête est illisible (JSON ou formulaire mal formé).':
    'The request body is unreadable (malformed JSON or form).',
  'Le corps de la requête n’est pas du JSON valide.': 'The request body is not valid JSON.',
  Introuvable: 'Not found',
  'La ressource demandée est introuvable.': 'The requested resource was not found.',
  Conflit: 'Conflict',
  'Plus disponible': 'No longer available',
  'Authentification requise': 'Authentication required',
  'Connectez-vous pour accéder à cette ressource.': 'Sign in to access this resource.',
  'Accès refusé': 'Access denied',
  'Vous n’avez pas accès à cette ressource.': 'You do not have access to this resource.',
  'Requête trop volumineuse': 'Request too large',
  'Le corps de la requête est trop volumineux.': 'The request body is too large.',
  'Type de contenu non pris en charge': 'Unsupported media type',
  'Ce type de contenu n’est pas accepté.': 'This content type is not accepted.',
  'Service indisponible': 'Service unavailable',
  'Le service est momentanément indisponible, réessayez dans un instant.':
    'The service is temporarily unavailable, try again in a moment.',
  'Trop de requêtes': 'Too many requests',
  'Erreur interne': 'Internal error',
  'Une erreur inattendue est survenue. L’équipe technique a été prévenue.':
    'An unexpected error occurred. The technical team has been told.',
  'Ce formulaire ne provient pas du site du hub : la demande est refusée.':
    'This form does not come from the hub’s site: the request is refused.',
  'Cette demande ne provient pas du site du hub : elle est refusée.':
    'This request does not come from the hub’s site: it is refused.',
  // Events and registrations
  'Cet événement est introuvable.': 'This event was not found.',
  'Cet événement n’est pas encore publié.': 'This event is not published yet.',
  'Cet événement a été annulé.': 'This event has been cancelled.',
  'Cet événement est terminé.': 'This event is over.',
  'Les inscriptions à cet événement sont closes.': 'Registration for this event is closed.',
  'Cet événement a été annulé : les inscriptions ne sont plus possibles.':
    'This event has been cancelled: registration is no longer possible.',
  'Cet événement a déjà eu lieu : les inscriptions sont terminées.':
    'This event has already taken place: registration is over.',
  'Cet événement est complet et n’a pas de liste d’attente : l’inscription n’est plus possible.':
    'This event is full and has no waiting list: registration is no longer possible.',
  'Cet événement a été annulé : votre inscription n’a plus d’effet.':
    'This event has been cancelled: your registration no longer applies.',
  'Cet événement a déjà commencé : l’inscription ne peut plus être annulée.':
    'This event has already started: the registration can no longer be cancelled.',
  'Cette inscription est introuvable.': 'This registration was not found.',
  'Cette inscription est introuvable : elle a peut-être été supprimée.':
    'This registration was not found: it may have been deleted.',
  'Ce lien d’annulation est invalide. Utilisez le lien reçu par e-mail, sans le modifier.':
    'This cancellation link is invalid. Use the link received by email, without changing it.',
  'Ce lien d’annulation a expiré : l’événement est terminé depuis plus d’un mois.':
    'This cancellation link has expired: the event ended more than a month ago.',
  'Ce lien d’annulation est invalide.': 'This cancellation link is invalid.',
  'Le lien d’annulation est manquant.': 'The cancellation link is missing.',
  'Indiquez votre prénom.': 'Enter your first name.',
  'Indiquez votre nom.': 'Enter your last name.',
  'Vous devez accepter le traitement de vos données pour vous inscrire.':
    'You must accept the processing of your data to register.',
  'Ce champ doit valoir vrai ou faux.': 'This field must be true or false.',
  // Text fields and addresses
  'Ce champ doit être un texte.': 'This field must be a text.',
  'Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.':
    'This field must contain neither a line break nor a control character.',
  'Ce champ ne doit pas contenir de balises (caractère « < » suivi d’une lettre).':
    'This field must not contain tags (a “<” followed by a letter).',
  'Ce champ ne doit contenir ni lien ni adresse de site (un point entre deux mots est suivi d’une espace).':
    'This field must contain neither a link nor a site address (a full stop between two words is followed by a space).',
  'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.':
    'Enter a valid email address, for example firstname.lastname@example.com.',
  'Cette adresse est dans un domaine réservé aux exemples et aux essais (.invalid, .test, .localhost, .example) : indiquez une adresse qui reçoit du courrier.':
    'This address is in a domain reserved for examples and tests (.invalid, .test, .localhost, .example): enter an address that receives mail.',
  // Newsletter
  'Choisissez au moins un thème.': 'Choose at least one topic.',
  'Vous devez accepter de recevoir la lettre pour vous abonner.':
    'You must agree to receive the newsletter to subscribe.',
  'Ce lien de confirmation est invalide ou a expiré. Refaites une demande d’abonnement.':
    'This confirmation link is invalid or has expired. Subscribe again.',
  'Ce lien est invalide. Utilisez le lien reçu dans une lettre, sans le modifier.':
    'This link is invalid. Use the link received in a newsletter, without changing it.',
  'Ce lien de préférences a expiré : utilisez celui de votre dernière lettre. Son lien « Se désabonner » fonctionne toujours.':
    'This preferences link has expired: use the one in your latest newsletter. Its “Unsubscribe” link always works.',
  'Ce lien de désabonnement est invalide.': 'This unsubscribe link is invalid.',
  'Demande de désabonnement incomplète : utilisez le bouton de la page.':
    'Incomplete unsubscribe request: use the button on the page.',
  'Aucun abonnement actif n’est associé à ce lien.': 'No active subscription is linked to this link.',
  'Aucun abonnement n’est associé à ce lien.': 'No subscription is linked to this link.',
  'Ce thème n’existe pas (ou plus).': 'This topic does not exist (or no longer does).',
  'Cette lettre n’existe pas ou n’a pas été publiée.':
    'This newsletter does not exist or has not been published.',
  'Archive introuvable.': 'Archive not found.',
  'Demande enregistrée : si l’adresse peut recevoir la lettre, un e-mail de confirmation lui est envoyé.':
    'Request recorded: if the address can receive the newsletter, a confirmation email is sent to it.',
  // Titles of the pages that refuse a link or a form
  'Annulation impossible': 'Cancellation not possible',
  'Confirmation impossible': 'Confirmation not possible',
  'Préférences indisponibles': 'Preferences unavailable',
  'Préférences non enregistrées': 'Preferences not saved',
  'Désabonnement impossible': 'Unsubscription not possible',
  'Lettre introuvable': 'Newsletter not found',
  // Sign-in and kits
  'Si cette adresse est autorisée, un lien de connexion vient de lui être envoyé (valable 15 minutes).':
    'If this address is allowed, a sign-in link has just been sent to it (valid for 15 minutes).',
  'Kit introuvable.': 'Kit not found.',
  'Kit inconnu.': 'Unknown kit.',
  'Fichier introuvable.': 'File not found.',
  'Fichier inconnu.': 'Unknown file.',
  'Ce lien de partage n’existe pas ou a déjà été révoqué.':
    'This share link does not exist or has already been revoked.',
};

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [
    /^Trop de demandes en peu de temps : réessayez dans (\d+) secondes\.$/,
    (seconds) => `Too many requests in a short time: try again in ${seconds} seconds.`,
  ],
  [/^(\d+) caractères au maximum\.$/, (max) => `${max} characters at most.`],
  [/^Thème inconnu : (.*)\.$/, (topics) => `Unknown topic: ${topics}.`],
];

/** A French text of the hub in English, or the French text itself when no English is known. */
export function englishProblemText(french: string): string {
  const known = TEXTS[french];
  if (known !== undefined) return known;
  for (const [pattern, english] of PATTERNS) {
    const match = pattern.exec(french);
    if (match) return english(...match.slice(1));
  }
  return french;
}
