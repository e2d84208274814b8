/** A photo of a speaker, uploaded by presigned PUT then confirmed, as a kit's files are. */
export interface SpeakerPhoto {
  blobKey: string;
  contentType: 'image/png' | 'image/jpeg';
  size: number;
  status: 'pending' | 'ready';
  /** A preview within 320×320, when one could be made. */
  thumbnailKey?: string;
  uploadedAt?: string;
}

/**
 * A person who speaks at events, reused from one event to the next. Shown publicly (name, role, organisation)
 * only with `publicationConsent`; the address is for staff only, never public.
 */
export interface Speaker {
  id: string;
  name: string;
  role?: string;
  organisation?: string;
  /** Plain text, for staff and the speaker's introduction. */
  bio?: string;
  email?: string;
  publicationConsent: boolean;
  /** When consent was last given or withdrawn: the proof kept with it. */
  consentChangedAt: string;
  photo?: SpeakerPhoto;
  createdAt: string;
  updatedAt: string;
}
