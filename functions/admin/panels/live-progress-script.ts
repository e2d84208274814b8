/** Where the dashboard's enhancement script is served (same origin: the CSP allows no inline script). */
export const LIVE_PROGRESS_PATH = '/admin/tableau-de-bord.js';

/**
 * Follows each campaign being sent through the staff JSON API and moves its bar and its words; without
 * JavaScript, reloading the dashboard shows the same figures.
 */
export const LIVE_PROGRESS_SCRIPT = `
(function () {
  var bars = Array.prototype.slice.call(document.querySelectorAll('progress[data-campagne]'));
  if (!bars.length) return;
  var number = new Intl.NumberFormat('fr-FR');
  function counted(value, word) {
    return number.format(value) + '\\u00a0' + word + (value >= 2 ? 's' : '');
  }
  function update(bar) {
    return fetch('/api/admin/campaigns/' + encodeURIComponent(bar.getAttribute('data-campagne')), {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (campaign) {
        if (!campaign || !campaign.stats.audience) return true;
        var done = Math.min(campaign.stats.sent + (campaign.excluded || 0), campaign.stats.audience);
        var percent = Math.round((done / campaign.stats.audience) * 100);
        bar.max = campaign.stats.audience;
        bar.value = done;
        bar.textContent = percent + '\\u00a0%';
        var label = document.querySelector('label[for="' + bar.id + '"]');
        if (label)
          label.textContent =
            counted(campaign.stats.sent, 'envoyé') + ' sur ' + counted(campaign.stats.audience, 'destinataire') +
            ' (' + percent + '\\u00a0%)' +
            (campaign.excluded ? ', ' + counted(campaign.excluded, 'écarté') + ' (désabonnés ou adresses supprimées)' : '') +
            (campaign.status === 'sent' ? ' — envoi terminé' : '');
        return campaign.status === 'sending' || campaign.status === 'scheduled' || campaign.status === 'paused';
      })
      .catch(function () { return true; });
  }
  function tick() {
    Promise.all(bars.map(update)).then(function (running) {
      bars = bars.filter(function (bar, index) { return running[index]; });
      if (bars.length) setTimeout(tick, 4000);
    });
  }
  setTimeout(tick, 4000);
})();
`;
