import { STATUS_LABELS } from './campaign-labels.js';

/**
 * Live preview in the composer: what is typed is posted (debounced) to the staff preview endpoint and
 * the sandboxed frames are refilled. Served as a same-origin script: the CSP allows no inline script.
 */
export const COMPOSER_SCRIPT = `
(function () {
  var form = document.getElementById('composeur');
  var section = document.getElementById('apercu-direct');
  if (!form || !section) return;
  var frames = section.querySelectorAll('iframe[data-apercu]');
  var text = section.querySelector('[data-apercu="texte"]');
  var state = document.getElementById('apercu-etat');
  var wrapper = document.getElementById('apercu-cadres');
  var timer = null;
  var latest = 0;

  function messages(data) {
    var fields = data && data.errors ? Object.values(data.errors).flat() : [];
    return fields.length ? fields.join(' ') : (data && (data.detail || data.title)) || 'erreur inconnue';
  }

  function refresh() {
    var mine = ++latest;
    fetch(section.getAttribute('data-source'), {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (mine !== latest) return;
        if (!result.ok) {
          state.textContent = 'Aperçu non mis à jour : ' + messages(result.data);
          return;
        }
        frames.forEach(function (frame) { frame.srcdoc = result.data.html; });
        text.textContent = result.data.text;
        wrapper.hidden = false;
        state.textContent = 'Aperçu à jour de ce qui est saisi (non enregistré).';
      })
      .catch(function () {
        if (mine === latest) state.textContent = 'Aperçu indisponible pour le moment.';
      });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 600);
  }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  // Beside the preview the form is a tall column: a field reached by keyboard is shown whole, not only
  // the first line of a text area at the bottom of the window (the browser reveals just the caret).
  form.addEventListener('focusin', function (event) {
    event.target.scrollIntoView({ block: 'nearest' });
  });
  refresh();
})();
`;

/**
 * Follows a scheduled or sending campaign: polls the staff API every few seconds and updates the
 * status, the progress bar and the figures, until the campaign leaves those states.
 */
export const PROGRESS_SCRIPT = `
(function () {
  var box = document.getElementById('suivi');
  if (!box || !box.getAttribute('data-source')) return;
  var labels = ${JSON.stringify(STATUS_LABELS)};
  var refresh = box.querySelector('[data-champ="rafraichir"]');
  if (refresh) refresh.hidden = true;

  function show(campaign) {
    var stats = Object.assign({}, campaign.stats, { skipped: campaign.excluded || 0 });
    Object.keys(stats).forEach(function (key) {
      var cell = box.querySelector('[data-stat="' + key + '"]');
      if (cell && typeof stats[key] === 'number') cell.textContent = String(stats[key]);
    });
    var done = stats.sent + stats.skipped;
    var sent = campaign.status === 'sent';
    var percent = sent ? 100 : stats.audience > 0 ? Math.min(100, Math.floor((done / stats.audience) * 100)) : 0;
    var bar = document.getElementById('progression');
    if (bar) {
      bar.max = Math.max(stats.audience, 1);
      bar.value = stats.audience ? (sent ? stats.audience : done) : sent ? 1 : 0;
    }
    var words = box.querySelector('[data-champ="progression"]');
    if (words)
      words.textContent = done + ' / ' + stats.audience + ' destinataire' + (stats.audience > 1 ? 's' : '') +
        ' traité' + (done > 1 ? 's' : '') + ' (' + percent + '\\u00a0%)';
    var status = box.querySelector('[data-champ="statut"]');
    if (status) status.textContent = labels[campaign.status] || campaign.status;
  }

  function tick() {
    fetch(box.getAttribute('data-source'), { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (campaign) {
        show(campaign);
        // Every 3 s while sending; a scheduled campaign may wait days, so every 30 s until it starts.
        if (campaign.status === 'sending') setTimeout(tick, 3000);
        else if (campaign.status === 'scheduled') setTimeout(tick, 30000);
        // Sent, paused or cancelled: the page as the server draws it now (its actions change too).
        else window.location.replace(window.location.pathname);
      })
      .catch(function () { setTimeout(tick, 10000); });
  }
  setTimeout(tick, 3000);
})();
`;
