import { StaffLayout } from '../../pages/staff-layout.js';
import type { Kit, KitAsset } from '../kit.js';

/** The confirmation step before a file leaves a version in preparation: it works without JavaScript. */
export function ConfirmRemovalPage({ kit, version, asset }: { kit: Kit; version: number; asset: KitAsset }) {
  const kitPath = `/admin/kits/${encodeURIComponent(kit.id)}`;
  return (
    <StaffLayout title={`Retirer « ${asset.name} »`} section="/admin/kits">
      <h1>Retirer « {asset.name} » ?</h1>
      <p>
        Le fichier quittera la version {version} du kit « {kit.title} », en préparation. Les versions déjà
        publiées ne changent pas. Pour le remettre, il faudra l’envoyer de nouveau.
      </p>
      <form
        method="post"
        action={`${kitPath}/versions/${version}/assets/${encodeURIComponent(asset.id)}/retirer`}
        class="actions"
      >
        <button type="submit" class="danger">
          Confirmer le retrait
        </button>
        <a href={kitPath}>Garder le fichier</a>
      </form>
    </StaffLayout>
  );
}
