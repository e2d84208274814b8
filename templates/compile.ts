import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import {
  ENGLISH_GENERATED_FILE,
  ENGLISH_TEMPLATES_DIR,
  GENERATED_FILE,
  compileTemplates,
  generatedSource,
} from './compile-templates.js';

// Build step: mjml (~3 MB bundled) never reaches the Lambda code, which only substitutes placeholders.
for (const [dir, file] of [
  [undefined, GENERATED_FILE],
  [ENGLISH_TEMPLATES_DIR, ENGLISH_GENERATED_FILE],
] as const) {
  const templates = await compileTemplates(dir);
  await writeFile(file, await generatedSource(templates, file));
  console.log(`${Object.keys(templates).length} modèles compilés dans ${relative(process.cwd(), file)}`);
}
