import type { Subscriber } from '../newsletter/subscriber.js';
import type { PersonRecords } from './person-data.js';

/**
 * The copy of a person's data staff hand over (RGPD article 15 and 20): every kind the hub keeps, in
 * plain JSON. Technical keys and secrets (token hashes) are left out; the suppression entry is found by
 * the hash of the address.
 */
export function personExport(records: PersonRecords, exportedAt: Date) {
  const { subscriber } = records;
  return {
    email: records.email,
    exportedAt: exportedAt.toISOString(),
    newsletter: subscriber
      ? {
          status: subscriber.status,
          firstName: subscriber.firstName ?? null,
          topics: subscriber.topics,
          tracking: subscriber.tracking,
          language: subscriber.language ?? 'fr',
          consent: subscriber.consent ?? null,
          pendingRequest: subscriber.pending
            ? {
                topics: subscriber.pending.topics,
                tracking: subscriber.pending.tracking,
                consent: subscriber.pending.consent,
                ...pendingExpiry(subscriber),
              }
            : null,
          createdAt: subscriber.createdAt,
          lastInteractionAt: subscriber.lastInteractionAt,
          unsubscribedAt: subscriber.unsubscribedAt ?? null,
          optOuts: (subscriber.optOuts ?? []).map((optOut) => ({
            unsubscribedAt: optOut.unsubscribedAt,
            consent: optOut.consent ?? null,
          })),
        }
      : null,
    registrations: records.registrations.map(({ registration, event }) => ({
      eventId: registration.eventId,
      eventTitle: event?.title ?? null,
      eventStartsAt: event?.startsAt ?? null,
      registrationId: registration.id,
      status: registration.status,
      firstName: registration.firstName,
      lastName: registration.lastName,
      organisation: registration.organisation ?? null,
      role: registration.role ?? null,
      consent: registration.consent,
      newsletterWish: registration.newsletter,
      language: registration.language ?? 'fr',
      waitlistPosition: registration.waitlistPosition ?? null,
      checkedInAt: registration.checkedInAt ?? null,
      cancelledAt: registration.cancelledAt ?? null,
      createdAt: registration.createdAt,
      updatedAt: registration.updatedAt,
    })),
    campaigns: records.campaignSends.map((send) => ({
      campaignId: send.campaignId,
      subject: send.subject ?? null,
      state: send.state,
      sentAt: send.sentAt ?? null,
      openedAt: send.openedAt ?? null,
      clickedAt: send.clickedAt ?? null,
    })),
    suppression: records.suppression
      ? {
          reason: records.suppression.reason ?? null,
          suppressedAt: records.suppression.suppressedAt ?? null,
          softBounces: records.suppression.softBounces ?? 0,
          lastSoftBounceAt: records.suppression.lastSoftBounceAt ?? null,
        }
      : null,
    campaignsAuthored: records.campaignsAuthored,
    partnerMembership: records.membership ?? null,
    signIns: records.signIns.map((record) => ({
      kind: record.kind,
      role: record.role ?? null,
      createdAt: record.createdAt ?? null,
      expiresAt: record.expiresAt ?? null,
    })),
    kits: {
      downloads: records.kitDownloads.map((download) => ({
        kitId: download.kitId,
        version: download.version ?? null,
        assetName: download.assetName ?? null,
        at: download.at ?? null,
      })),
      follows: records.kitFollows,
    },
    certificates: records.certificates.map((certificate) => ({
      number: certificate.number,
      eventId: certificate.eventId,
      title: certificate.title,
      firstName: certificate.firstName,
      lastName: certificate.lastName,
      organisation: certificate.organisation ?? null,
      attendedMinutes: certificate.attendedMinutes,
      plannedMinutes: certificate.plannedMinutes,
      issuedAt: certificate.issuedAt,
      revokedAt: certificate.revokedAt ?? null,
    })),
    surveys: records.surveys.map((invitation) => ({
      eventId: invitation.eventId,
      invitedAt: invitation.invitedAt,
      remindedAt: invitation.remindedAt ?? null,
      answer: invitation.answer ?? null,
    })),
    // Only when there are some, as the access audit: an export without them keeps its shape.
    ...(records.replayViews.length
      ? {
          replayViews: records.replayViews.map((view) => ({
            eventId: view.eventId,
            kind: view.kind,
            at: view.at ?? null,
          })),
        }
      : {}),
    // Only when there is one: an export without it keeps its shape.
    ...(records.speakers.length
      ? {
          speakers: records.speakers.map((speaker) => ({
            speakerId: speaker.id,
            name: speaker.name,
            role: speaker.role ?? null,
            organisation: speaker.organisation ?? null,
            bio: speaker.bio ?? null,
            publicationConsent: speaker.publicationConsent,
            consentChangedAt: speaker.consentChangedAt,
            photo: speaker.photo?.status === 'ready',
            createdAt: speaker.createdAt,
            updatedAt: speaker.updatedAt,
          })),
        }
      : {}),
    ...(records.accessAudit.length
      ? {
          accessAudit: records.accessAudit.map((record) => ({
            action: record.action,
            as: record.asMember ? 'member' : 'staff',
            at: record.at ?? null,
          })),
        }
      : {}),
    // Only when there is one, as above.
    ...(records.attendanceSignatures.length
      ? {
          attendance: records.attendanceSignatures.map((signature) => ({
            eventId: signature.eventId,
            slotId: signature.slotId,
            registrationId: signature.registrationId,
            signature: signature.signature,
            signedAt: signature.signedAt,
            via: signature.via,
          })),
        }
      : {}),
  };
}

export type PersonExport = ReturnType<typeof personExport>;

/** Requests record their expiry; an older one has only the ttl of a pending-only record. */
function pendingExpiry(subscriber: Subscriber): { expiresAt?: string } {
  const expiresAt =
    subscriber.pending?.expiresAt ??
    (subscriber.ttl ? new Date(subscriber.ttl * 1000).toISOString() : undefined);
  return expiresAt ? { expiresAt } : {};
}
