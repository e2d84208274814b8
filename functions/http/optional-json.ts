import { MalformedBodyError } from '../shared/errors.js';

/** Bodies that may be left out entirely: absent or empty means `{}`. */
export async function optionalJson(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedBodyError('Le corps de la requête n’est pas du JSON valide.');
  }
}
