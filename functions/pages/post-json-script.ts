/**
 * The staff scripts' JSON POST, as browser source to inline in them: same-origin, and a refusal thrown as an
 * Error whose message is the problem's detail and its field messages.
 */
export const POST_JSON_FUNCTION = `
  async function json(url, body) {
    var response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body || {}),
      credentials: 'same-origin',
    });
    var data = await response.json().catch(function () { return {}; });
    if (!response.ok) {
      var fields = data.errors ? Object.values(data.errors).flat().join(' ') : '';
      throw new Error((data.detail || data.title || 'Erreur') + (fields ? ' ' + fields : ''));
    }
    return data;
  }
`;
