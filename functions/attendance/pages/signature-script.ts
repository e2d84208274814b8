/** Where the signature pad's script is served (same origin: the CSP allows no inline script). */
export const SIGNATURE_SCRIPT_PATH = '/emargement/signature.js';

/**
 * Turns each `[data-signature-pad]` into a drawing area: strokes from a finger, a pen or a mouse become SVG
 * path data in the form's hidden `path` field. The typed name stays the keyboard's and screen readers' way to
 * sign; drawing is only offered where this runs. On a page with `[data-room-code]`, the room code and its QR
 * code are fetched again before they expire.
 */
export const SIGNATURE_SCRIPT = `
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('[data-signature-pad]'), function (pad) {
    var form = pad.closest('form');
    var field = form && form.querySelector('input[name="path"]');
    if (!field) return;
    var canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 200;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', pad.getAttribute('data-label') || 'Zone de signature');
    var clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'secondary';
    clear.textContent = 'Effacer le tracé';
    pad.hidden = false;
    pad.appendChild(canvas);
    pad.appendChild(clear);
    var context = canvas.getContext('2d');
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.strokeStyle = '#111';
    var path = '';
    var drawing = false;
    function point(event) {
      var box = canvas.getBoundingClientRect();
      return [
        Math.round(((event.clientX - box.left) * canvas.width) / box.width),
        Math.round(((event.clientY - box.top) * canvas.height) / box.height),
      ];
    }
    canvas.addEventListener('pointerdown', function (event) {
      if (path.length > 30000) return;
      drawing = true;
      canvas.setPointerCapture(event.pointerId);
      var p = point(event);
      path += (path ? ' ' : '') + 'M' + p[0] + ' ' + p[1];
      context.beginPath();
      context.moveTo(p[0], p[1]);
      event.preventDefault();
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing || path.length > 30000) return;
      var p = point(event);
      path += ' L' + p[0] + ' ' + p[1];
      context.lineTo(p[0], p[1]);
      context.stroke();
      field.value = path;
      event.preventDefault();
    });
    function stop() { drawing = false; field.value = path; }
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
    clear.addEventListener('click', function () {
      path = '';
      field.value = '';
      context.clearRect(0, 0, canvas.width, canvas.height);
    });
  });

  var room = document.querySelector('[data-room-code]');
  if (!room) return;
  var text = room.querySelector('[data-code-text]');
  var image = room.querySelector('img');
  function refresh() {
    fetch(room.getAttribute('data-room-code'), { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer) return;
        text.textContent = answer.code.slice(0, 4) + ' ' + answer.code.slice(4);
        if (image) image.src = room.getAttribute('data-qr') + '?code=' + encodeURIComponent(answer.code);
      })
      .catch(function () {});
  }
  setInterval(refresh, 20000);
})();
`;
