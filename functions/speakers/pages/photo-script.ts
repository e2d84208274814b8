import { POST_JSON_FUNCTION } from '../../pages/post-json-script.js';

/**
 * The speaker form's photo upload: the photo is announced to the API, sent straight to the object store by
 * presigned PUT with a progress bar, then confirmed so the hub checks its bytes and makes the thumbnail. Served
 * as a same-origin script (the CSP allows no inline script); without it the form says it needs JavaScript.
 */
export const PHOTO_SCRIPT = `
(function () {
  var form = document.getElementById('photo');
  if (!form) return;
  var status = document.getElementById('photo-etat');
  var bar = document.getElementById('photo-progression');
  form.querySelector('.sans-js').hidden = true;
  form.querySelector('fieldset').disabled = false;

${POST_JSON_FUNCTION}
  function put(url, file) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('PUT', url);
      xhr.setRequestHeader('content-type', file.type);
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = e.loaded / e.total; };
      xhr.onload = function () { xhr.status < 300 ? resolve() : reject(new Error('Envoi refusé (' + xhr.status + ')')); };
      xhr.onerror = function () { reject(new Error('Envoi interrompu')); };
      xhr.send(file);
    });
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var file = form.querySelector('input[type=file]').files[0];
    if (!file) { status.textContent = 'Choisissez une image PNG ou JPEG.'; return; }
    var api = form.dataset.api;
    bar.hidden = false;
    bar.value = 0;
    try {
      status.textContent = 'Envoi de la photo…';
      var ticket = await json(api, { contentType: file.type, size: file.size });
      await put(ticket.uploadUrl, file);
      status.textContent = 'Vérification de la photo…';
      await json(api + '/complete');
      location.assign(location.pathname + '?fait=photo');
    } catch (error) {
      status.textContent = 'Photo refusée : ' + error.message;
    }
  });
})();
`;
