import { POST_JSON_FUNCTION } from '../../pages/post-json-script.js';

/** Where the event form's upload script is served (same origin: the CSP allows no inline script). */
export const SHARE_IMAGE_SCRIPT_PATH = '/admin/evenements/image-partage.js';

/**
 * The event form's share image upload: the image is announced to the API, sent straight to the object store by
 * presigned PUT, then confirmed, when the hub checks it is a PNG or JPEG of 1200 × 630; the page then reloads
 * to show it.
 */
export const SHARE_IMAGE_SCRIPT = `
(function () {
  var form = document.getElementById('image-partage');
  if (!form) return;
  var status = document.getElementById('image-partage-etat');
  form.querySelector('.sans-js').hidden = true;
  form.querySelector('fieldset').disabled = false;

  function say(text) { status.textContent = text; }
${POST_JSON_FUNCTION}
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var file = form.querySelector('input[type=file]').files[0];
    if (!file) { say('Choisissez une image.'); return; }
    try {
      say('Envoi de « ' + file.name + ' »…');
      var ticket = await json(form.dataset.api, { contentType: file.type, size: file.size });
      var put = await fetch(ticket.uploadUrl, { method: 'PUT', body: file, headers: { 'content-type': file.type } });
      if (!put.ok) throw new Error('Envoi refusé (' + put.status + ')');
      say('Vérification de l’image…');
      await json(form.dataset.api + '/' + ticket.imageId + '/complete');
      location.assign(form.dataset.done);
    } catch (error) {
      say('Image refusée : ' + error.message);
    }
  });
})();
`;
