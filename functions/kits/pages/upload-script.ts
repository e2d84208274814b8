import { POST_JSON_FUNCTION } from '../../pages/post-json-script.js';

/**
 * Progressive enhancement of the staff upload form: each file is announced to the API, sent straight
 * to the object store by presigned PUT (in parts above the multipart threshold) with a progress bar,
 * then confirmed so the hub checks its size and records its SHA-256. Served as a same-origin script
 * (the CSP allows no inline script). The replay manager uses it too: its form names the replay (`{replay}` in
 * the API address) and the kind of file, sent with the announcement.
 */
export const UPLOAD_SCRIPT = `
(function () {
  var form = document.getElementById('televersement');
  if (!form) return;
  var status = document.getElementById('televersement-etat');
  var bar = document.getElementById('televersement-progression');
  form.querySelector('.sans-js').hidden = true;
  form.querySelector('fieldset').disabled = false;

  function say(text) { status.textContent = text; }

  // Browsers often give no type for captions: the extension tells it.
  function contentTypeOf(name) {
    return /\\.vtt$/i.test(name) ? 'text/vtt' : 'application/octet-stream';
  }

  function put(url, body, type, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('PUT', url);
      if (type) xhr.setRequestHeader('content-type', type);
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) onProgress(e.loaded); };
      xhr.onload = function () {
        if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.getResponseHeader('ETag'));
        else reject(new Error('Envoi refusé (' + xhr.status + ')'));
      };
      xhr.onerror = function () { reject(new Error('Envoi interrompu')); };
      xhr.send(body);
    });
  }
${POST_JSON_FUNCTION}
  async function send(file, base, done, total) {
    var announced = { name: file.name, contentType: file.type || contentTypeOf(file.name), size: file.size };
    if (form.elements.kind) announced.kind = form.elements.kind.value;
    var ticket = await json(base, announced);
    var progress = function (loaded) { bar.value = done + loaded; };
    var confirmation = {};
    if (ticket.multipart) {
      var parts = [];
      for (var i = 0; i < ticket.multipart.parts.length; i++) {
        var part = ticket.multipart.parts[i];
        var start = (part.partNumber - 1) * ticket.multipart.partSize;
        var offset = done + start;
        var etag = await put(part.url, file.slice(start, start + ticket.multipart.partSize), null, function (loaded) {
          bar.value = offset + loaded;
        });
        parts.push({ partNumber: part.partNumber, etag: etag });
      }
      confirmation = { uploadId: ticket.multipart.uploadId, parts: parts };
    } else {
      await put(ticket.uploadUrl, file, file.type || 'application/octet-stream', progress);
    }
    await json(base + '/' + (ticket.assetId || ticket.fileId) + '/complete', confirmation);
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var files = Array.prototype.slice.call(form.querySelector('input[type=file]').files);
    if (!files.length) { say('Choisissez au moins un fichier.'); return; }
    var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
    bar.max = total; bar.value = 0; bar.hidden = false;
    var done = 0;
    try {
      for (var i = 0; i < files.length; i++) {
        say('Envoi de « ' + files[i].name + ' » (' + (i + 1) + ' sur ' + files.length + ')…');
        var api = form.dataset.api.replace('{replay}', form.elements.replay ? form.elements.replay.value : '');
        await send(files[i], api, done, total);
        done += files[i].size;
        bar.value = done;
      }
      say('Fichiers envoyés et vérifiés. Mise à jour de la page…');
      window.location.reload();
    } catch (error) {
      say('Échec : ' + error.message);
    }
  });
})();
`;
