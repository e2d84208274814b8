import { MAIL_MESSAGE_KEY_PREFIX } from '../contract/table.js';
import { addressHash } from '../shared/address-hash.js';

/**
 * The single-table layout, in one place so every adapter agrees on it.
 *
 * | item                    | pk                 | sk                        | gsi1pk         | gsi1sk                        |
 * |-------------------------|--------------------|---------------------------|----------------|-------------------------------|
 * | event                   | EVENT#<id>         | EVENT                     | EVENTS         | <startsAt UTC ISO>#<id>       |
 * | slug claim              | SLUG#<slug>        | SLUG                      |                |                               |
 * | registration            | EVENT#<eventId>    | REG#<registrationId>      | EMAIL#<email>  | REG#<eventId>#<registrationId>|
 * | e-mail claim (per event)| EVENT#<eventId>    | REGEMAIL#<email>          |                |                               |
 * | waitlist entry          | EVENT#<eventId>    | WAIT#<position, 12 digits>|                |                               |
 * | reminder marker         | EVENT#<eventId>    | REMINDER#<kind>#<regId>   |                |                               |
 * | replay                  | EVENT#<eventId>    | REPLAY#<replayId>         |                |                               |
 * | replay file             | EVENT#<eventId>    | REPLAYFILE#<replayId>#<id>|                |                               |
 * | replay view (audit)     | EVENT#<eventId>    | REPLAYVIEW#<at ISO>#<id>  | REPLAYVIEWER#<email> | <at ISO>#<id>           |
 * | replay mail marker      | EVENT#<eventId>    | REPLAYMAIL#<regId>        |                |                               |
 * | magic-link token        | MAGIC#<sha256>     | MAGIC                     | SIGNIN#<email> | MAGIC#<sha256>  (ttl)         |
 * | session                 | SESSION#<sha256>   | SESSION                   | SIGNIN#<email> | SESSION#<sha256>  (ttl)       |
 * | suppressed address      | SUPPRESS#<sha256>  | SUPPRESS                  | SUPPRESSIONS   | <sha256 of the address>       |
 * | partner organisation    | ORG#<id>           | ORG                       | ORGS           | <id>                          |
 * | organisation member     | ORG#<orgId>        | MEMBER#<email>            |                |                               |
 * | membership claim        | MEMBER#<email>     | MEMBER                    |                |                               |
 * | member withdrawal       | ORG#<orgId>        | AUDIT#<at ISO>#<id>       |                |                               |
 * | kit                     | KIT#<id>           | KIT                       | KITS           | <id>                          |
 * | kit slug claim          | KITSLUG#<slug>     | KITSLUG                   |                |                               |
 * | kit version             | KIT#<kitId>        | VERSION#<n, 6 digits>     |                |                               |
 * | kit asset               | KIT#<kitId>        | ASSET#<n, 6 digits>#<id>  |                |                               |
 * | kit download (audit)    | KIT#<kitId>        | DOWNLOAD#<at ISO>#<id>    | KITDOWNLOADS   | <at ISO>#<id>                 |
 * | kit follower            | KIT#<kitId>        | FOLLOWER#<email>          |                |                               |
 * | kit share link          | KIT#<kitId>        | SHARE#<linkId>            |                |  (ttl)                        |
 * | share link revocation   | KIT#<kitId>        | AUDIT#<at ISO>#<id>       |                |                               |
 * | newsletter topic        | TOPIC#<slug>       | TOPIC                     | TOPICS         | <slug>                        |
 * | newsletter subscriber   | SUBSCRIBER#<email> | SUBSCRIBER                | NEWSLETTER#<status> | <email>                  |
 * | campaign                | CAMPAIGN#<id>      | CAMPAIGN                  | CAMPAIGNS      | <createdAt UTC ISO>#<id>      |
 * | campaign send marker    | CAMPAIGN#<id>      | SEND#<email>              | MAILED#<email> | <sentAt UTC ISO>#<campaignId> |
 * | campaign page done      | CAMPAIGN#<id>      | PAGE#<page id>            |                |                               |
 * | open / click marker     | CAMPAIGN#<id>      | OPENED#<email> / CLICKED#<email> |         |                               |
 * | archived campaign       | ARCHIVE            | <sentAt UTC ISO>#<id>     |                |                               |
 * | send-rate token bucket  | RATE#<name>        | RATE                      |                |                               |
 * | rate-limit counter      | LIMIT#<scope>#<hash>#<window> | LIMIT          |                |  (ttl)                        |
 * | outbox mail claim       | MAILOUT#<msg id>   | MAILOUT                   |                |  (ttl)                        |
 * | outbox mail message     | OUTBOX#<msg id>    | OUTBOX                    |                |  (ttl)                        |
 * | attendance slot (set)   | EVENT#<eventId>    | SLOT#<slotId>             |                |                               |
 * | slot closing            | EVENT#<eventId>    | SLOTCLOSE#<slotId>        |                |                               |
 * | attendance signature    | EVENT#<eventId>    | SIGN#<regId>#<slotId>     | SIGNER#<email> | <eventId>#<slotId>            |
 * | trainer                 | EVENT#<eventId>    | TRAINER#<email>           | TRAINER#<email>| <eventId>                     |
 * | room code claim         | ROOMCODE#<code>    | ROOMCODE                  |                |  (ttl)                        |
 * | certificate             | CERT#<number>      | CERT                      |                |                               |
 * | certificate claim       | EVENT#<eventId>    | CERTFOR#<registrationId>  |                |                               |
 * | survey                  | EVENT#<eventId>    | SURVEY                    |                |                               |
 * | survey invitation       | EVENT#<eventId>    | SURVEYFOR#<registrationId>|                |                               |
 * | programme session       | PROGRAMME#<eventId>| SESSION#<sessionId>       |                |                               |
 * | programme room guard    | PROGRAMME#<eventId>| ROOM#<room key>           |                |                               |
 * | speaker                 | SPEAKER#<id>       | SPEAKER                   | SPEAKERS       | <id>                          |
 *
 * The membership claim makes an address a member of one organisation only; sign-in reads it.
 * The kit item carries `latestVersion` (last number handed out) and `currentVersion` (the published one).
 * A member withdrawal and a share link revocation are audit rows: who on the staff did it, when, and to whom or
 * which link; they stay when the membership or the link is gone. A share link item exists while the link may
 * open its kit: revoking it deletes the item, and the signed token then opens nothing.
 * A follower is a member who downloaded a version of the kit (`lastVersion`), mailed when a newer one is
 * published unless `optedOut`.
 * A replay view is an audit row (page opened, video played, slides downloaded) naming the registrant; its index
 * finds a person's rows for the RGPD export and erasure, which removes the address and keeps the row. A replay
 * mail marker makes the replay link go out once per registration, however often replays are published.
 * The event item carries the counters the registration transactions condition on:
 * `confirmedCount`, `waitlistedCount`, `waitlistSeq` (last waitlist position handed out).
 * Every item that holds an address can be found from the address (RGPD export and erasure, functions/rgpd):
 * registrations and sent campaign markers through gsi1, sign-in records through `SIGNIN#<email>`, the rest
 * by key (subscriber, membership → member row, e-mail claim from its registration), or per campaign/kit
 * (skipped or in-flight send markers, kit followers and downloads), few enough to read one by one.
 * The suppression item (fed by SES feedback) is keyed by a SHA-256 of the address, never the address, so an
 * erased person stays unmailable (shared/address-hash.ts); it carries `reason` (bounce | complaint) once the
 * address must no longer receive mail, and `softBounces`, a count of transient bounces that never suppress on their own.
 * A subscriber item exists per address that ever asked for the newsletter or unsubscribed (the opt-out is
 * kept as proof); a pending one carries `ttl` (unconfirmed requests expire). A campaign carries its compiled
 * HTML/text and its counters (`sent`, `delivered`, `bounced`…). A send marker (`state` sending | sent) is
 * written before a campaign mail leaves and completed after: it makes the send exactly-once per recipient,
 * its `deliveredAt` / `bouncedAt` / `complainedAt` make each SES outcome count once, and `MAILED#<email>`
 * finds the campaign that last wrote to an address (unsubscriptions, the local hub's simulated feedback).
 * An open / click marker exists only for a subscriber who accepted tracking: it makes them count once.
 * The archive item (id, subject, preheader, sentAt, `archivable`) is written with the move to `sent` of a
 * public campaign only (campaigns/campaign-rules.ts `isArchived`), so the public archive and its feed read one
 * partition, newest first, instead of every campaign; an item without `archivable` predates that rule, and
 * its campaign is read to decide.
 * A rate-limit counter (`hits`, functions/limits/) counts one fixed window of one limit: what it counts (a client
 * address, a token, an e-mail address) is in its key only as a truncated SHA-256, and it expires (`ttl`) when its
 * window ends.
 * An outbox mail claim (`state` sending | sent) is written by the mail worker before a transactional mail
 * leaves and completed after, keyed by the outbox message's id: it holds no address, and expires (`ttl`) after
 * the message item it answers for.
 * An outbox mail message is written by the function that queues a mail (its JSON in `message`); the table's stream
 * carries its insertion to the mail worker (lib/constructs/mail-outbox-construct.ts filters on `OUTBOX#`). It holds
 * the recipient's address for a few days only (`ttl`), as the operator's copy for a redrive; nothing reads it by
 * address, as nothing could read a queued SQS message by address before.
 * Attendance (functions/attendance/): slot items exist only when staff replaced an event's derived half-days; a
 * closing holds who countersigned a slot and when; a signature holds no address but is found by it (`SIGNER#`)
 * for the RGPD export and erasure; a trainer is found by address at sign-in (`TRAINER#`). A room code claim
 * names the slot a code opens for the minute it was shown in, and expires (`ttl`) soon after.
 * A certificate claim (`number`) is written with its certificate in one transaction, on the condition that the
 * registration has none: issuing again, or twice at once, issues nobody twice. An erasure blanks the
 * certificate's person and revokes it (its number and what it was for stay, so a verification says « révoqué »).
 * A survey item (`invitedAt`, `closedAt`, `remindedAt`) says where an event's survey stands; a survey invitation,
 * per person invited, holds their answer once given (`answer`) and is found from the registration.
 * A programme room guard (`version`) moves on with every session written in that room, in the same transaction:
 * two overlapping sessions written at once cannot both pass the overlap check (functions/programme/).
 * A speaker may hold an address (`email`, never public); the RGPD export and erasure find it among the few speakers
 * (gsi1 `SPEAKERS`).
 */
export const keys = {
  event: (id: string) => ({ pk: `EVENT#${id}`, sk: 'EVENT' }),
  eventsIndex: 'EVENTS',
  slug: (slug: string) => ({ pk: `SLUG#${slug}`, sk: 'SLUG' }),
  registration: (eventId: string, registrationId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `REG#${registrationId}`,
  }),
  registrationPrefix: 'REG#',
  certificate: (number: string) => ({ pk: `CERT#${number}`, sk: 'CERT' }),
  certificateClaim: (eventId: string, registrationId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `CERTFOR#${registrationId}`,
  }),
  certificateClaimPrefix: 'CERTFOR#',
  survey: (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'SURVEY' }),
  surveyInvitation: (eventId: string, registrationId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `SURVEYFOR#${registrationId}`,
  }),
  surveyInvitationPrefix: 'SURVEYFOR#',
  emailClaim: (eventId: string, email: string) => ({ pk: `EVENT#${eventId}`, sk: `REGEMAIL#${email}` }),
  waitlistEntry: (eventId: string, position: number) => ({
    pk: `EVENT#${eventId}`,
    sk: `WAIT#${String(position).padStart(12, '0')}`,
  }),
  waitlistPrefix: 'WAIT#',
  reminder: (eventId: string, kind: string, registrationId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `REMINDER#${kind}#${registrationId}`,
  }),
  replay: (eventId: string, replayId: string) => ({ pk: `EVENT#${eventId}`, sk: `REPLAY#${replayId}` }),
  replayPrefix: 'REPLAY#',
  replayFile: (eventId: string, replayId: string, fileId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `REPLAYFILE#${replayId}#${fileId}`,
  }),
  replayFilePrefix: 'REPLAYFILE#',
  replayView: (eventId: string, at: string, viewId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `REPLAYVIEW#${at}#${viewId}`,
  }),
  replayViewPrefix: 'REPLAYVIEW#',
  replayViewerIndex: (email: string) => `REPLAYVIEWER#${email}`,
  replayMail: (eventId: string, registrationId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `REPLAYMAIL#${registrationId}`,
  }),
  magicLink: (tokenHash: string) => ({ pk: `MAGIC#${tokenHash}`, sk: 'MAGIC' }),
  session: (idHash: string) => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  signInIndex: (email: string) => `SIGNIN#${email}`,
  suppression: (email: string) => ({ pk: `SUPPRESS#${addressHash(email)}`, sk: 'SUPPRESS' }),
  /** Every suppression item, for the dashboard's figures. */
  suppressionsIndex: 'SUPPRESSIONS',
  organisation: (id: string) => ({ pk: `ORG#${id}`, sk: 'ORG' }),
  organisationsIndex: 'ORGS',
  member: (organisationId: string, email: string) => ({ pk: `ORG#${organisationId}`, sk: `MEMBER#${email}` }),
  memberPrefix: 'MEMBER#',
  membership: (email: string) => ({ pk: `MEMBER#${email}`, sk: 'MEMBER' }),
  auditEntry: (partition: { pk: string }, at: string, id: string) => ({
    pk: partition.pk,
    sk: `AUDIT#${at}#${id}`,
  }),
  auditPrefix: 'AUDIT#',
  kit: (id: string) => ({ pk: `KIT#${id}`, sk: 'KIT' }),
  kitsIndex: 'KITS',
  kitSlug: (slug: string) => ({ pk: `KITSLUG#${slug}`, sk: 'KITSLUG' }),
  kitVersion: (kitId: string, version: number) => ({
    pk: `KIT#${kitId}`,
    sk: `VERSION#${String(version).padStart(6, '0')}`,
  }),
  kitVersionPrefix: 'VERSION#',
  kitAsset: (kitId: string, version: number, assetId: string) => ({
    pk: `KIT#${kitId}`,
    sk: `ASSET#${String(version).padStart(6, '0')}#${assetId}`,
  }),
  kitAssetPrefix: (version: number) => `ASSET#${String(version).padStart(6, '0')}#`,
  kitDownload: (kitId: string, at: string, downloadId: string) => ({
    pk: `KIT#${kitId}`,
    sk: `DOWNLOAD#${at}#${downloadId}`,
  }),
  kitDownloadPrefix: 'DOWNLOAD#',
  /** Every kit's downloads by time, for the dashboard's downloads of the month. */
  kitDownloadsIndex: 'KITDOWNLOADS',
  kitFollower: (kitId: string, email: string) => ({ pk: `KIT#${kitId}`, sk: `FOLLOWER#${email}` }),
  kitFollowerPrefix: 'FOLLOWER#',
  kitShareLink: (kitId: string, linkId: string) => ({ pk: `KIT#${kitId}`, sk: `SHARE#${linkId}` }),
  kitShareLinkPrefix: 'SHARE#',
  topic: (slug: string) => ({ pk: `TOPIC#${slug}`, sk: 'TOPIC' }),
  topicsIndex: 'TOPICS',
  subscriber: (email: string) => ({ pk: `SUBSCRIBER#${email}`, sk: 'SUBSCRIBER' }),
  subscribersIndex: (status: string) => `NEWSLETTER#${status}`,
  campaign: (id: string) => ({ pk: `CAMPAIGN#${id}`, sk: 'CAMPAIGN' }),
  campaignsIndex: 'CAMPAIGNS',
  sendMarker: (campaignId: string, email: string) => ({ pk: `CAMPAIGN#${campaignId}`, sk: `SEND#${email}` }),
  sendMarkerPrefix: 'SEND#',
  campaignPageDone: (campaignId: string, page: string) => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `PAGE#${page}`,
  }),
  engagementMarker: (campaignId: string, kind: 'open' | 'click', email: string) => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `${kind === 'open' ? 'OPENED' : 'CLICKED'}#${email}`,
  }),
  archivedCampaign: (sentAt: string, id: string) => ({ pk: 'ARCHIVE', sk: `${sentAt}#${id}` }),
  archivePartition: 'ARCHIVE',
  mailedIndex: (email: string) => `MAILED#${email}`,
  rateBucket: (name: string) => ({ pk: `RATE#${name}`, sk: 'RATE' }),
  rateLimit: (counterId: string) => ({ pk: `LIMIT#${counterId}`, sk: 'LIMIT' }),
  mailClaim: (messageId: string) => ({ pk: `MAILOUT#${messageId}`, sk: 'MAILOUT' }),
  mailMessage: (messageId: string) => ({ pk: `${MAIL_MESSAGE_KEY_PREFIX}${messageId}`, sk: 'OUTBOX' }),
  attendanceSlot: (eventId: string, slotId: string) => ({ pk: `EVENT#${eventId}`, sk: `SLOT#${slotId}` }),
  attendanceSlotPrefix: 'SLOT#',
  slotClosing: (eventId: string, slotId: string) => ({ pk: `EVENT#${eventId}`, sk: `SLOTCLOSE#${slotId}` }),
  slotClosingPrefix: 'SLOTCLOSE#',
  signature: (eventId: string, registrationId: string, slotId: string) => ({
    pk: `EVENT#${eventId}`,
    sk: `SIGN#${registrationId}#${slotId}`,
  }),
  signaturePrefix: 'SIGN#',
  signerIndex: (email: string) => `SIGNER#${email}`,
  trainer: (eventId: string, email: string) => ({ pk: `EVENT#${eventId}`, sk: `TRAINER#${email}` }),
  trainerPrefix: 'TRAINER#',
  trainerIndex: (email: string) => `TRAINER#${email}`,
  roomCode: (code: string) => ({ pk: `ROOMCODE#${code}`, sk: 'ROOMCODE' }),
  programme: (eventId: string) => `PROGRAMME#${eventId}`,
  programmeSession: (eventId: string, sessionId: string) => ({
    pk: `PROGRAMME#${eventId}`,
    sk: `SESSION#${sessionId}`,
  }),
  programmeSessionPrefix: 'SESSION#',
  programmeRoom: (eventId: string, room: string) => ({ pk: `PROGRAMME#${eventId}`, sk: `ROOM#${room}` }),
  programmeRoomPrefix: 'ROOM#',
  speaker: (id: string) => ({ pk: `SPEAKER#${id}`, sk: 'SPEAKER' }),
  speakersIndex: 'SPEAKERS',
} as const;
