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
 * | magic-link token        | MAGIC#<sha256>     | MAGIC                     |                |  (ttl)                        |
 * | session                 | SESSION#<sha256>   | SESSION                   |                |  (ttl)                        |
 * | suppressed address      | SUPPRESS#<email>   | SUPPRESS                  |                |                               |
 *
 * The event item carries the counters the registration transactions condition on:
 * `confirmedCount`, `waitlistedCount`, `waitlistSeq` (last waitlist position handed out).
 * The suppression item (fed by SES feedback) carries `reason` (bounce | complaint) once the address must
 * no longer receive mail, and `softBounces`, a count of transient bounces that never suppress on their own.
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
  magicLink: (tokenHash: string) => ({ pk: `MAGIC#${tokenHash}`, sk: 'MAGIC' }),
  session: (idHash: string) => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  suppression: (email: string) => ({ pk: `SUPPRESS#${email}`, sk: 'SUPPRESS' }),
} as const;
