import { HubError } from '../shared/errors.js';
import { StaffLayout } from '../pages/staff-layout.js';
import type { Notice } from '../pages/form-fields.js';
import { adminPaths } from './admin-links.js';

export type PageStatus = 400 | 404 | 409 | 410;

/** A refusal the person can act on (4xx), as a notice and the page's status; anything else is rethrown. */
export function refusal(error: unknown): { notice: Notice; status: PageStatus } {
  if (!(error instanceof HubError) || error.status >= 500) throw error;
  const status: PageStatus =
    error.status === 400 || error.status === 404 || error.status === 410 ? error.status : 409;
  return { notice: { kind: 'error', text: error.detail ?? error.title }, status };
}

export function StaffMessagePage({ title, notice }: { title: string; notice: Notice }) {
  return (
    <StaffLayout title={title}>
      <h1>{title}</h1>
      <p class="error-summary" role="alert">
        {notice.text}
      </p>
      <p>
        <a href={adminPaths.dashboard}>Retour au tableau de bord</a>
      </p>
    </StaffLayout>
  );
}
