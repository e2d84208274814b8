import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { GENERATED_FILE, compileTemplates, generatedSource } from './compile-templates.js';

// Build step: mjml (~3 MB bundled) never reaches the Lambda code, which only substitutes placeholders.
const templates = await compileTemplates();
await writeFile(GENERATED_FILE, await generatedSource(templates));
console.log(
  `${Object.keys(templates).length} modèles compilés dans ${relative(process.cwd(), GENERATED_FILE)}`,
);
