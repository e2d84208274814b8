import { crc32, deflateSync } from 'node:zlib';

/** A file of the demo press kit, made in code so that the repository holds no binary. */
export interface SeedFile {
  name: string;
  contentType: string;
  body: Buffer;
}

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" width="240" height="80">
  <title>Filière aimants &amp; terres rares AURA</title>
  <rect width="240" height="80" rx="8" fill="#0b4f8a"/>
  <path d="M24 20h16v28a8 8 0 0 0 16 0V20h16v28a24 24 0 0 1-48 0z" fill="#ffffff"/>
  <text x="88" y="36" font-family="sans-serif" font-size="16" font-weight="bold" fill="#ffffff">Filière aimants</text>
  <text x="88" y="58" font-family="sans-serif" font-size="14" fill="#ffffff">&amp; terres rares AURA</text>
</svg>
`;

const FACT_SHEET = `Filière régionale de recyclage des aimants et terres rares — Auvergne-Rhône-Alpes

Accord de filière signé par la Région Auvergne-Rhône-Alpes, FEDERREC Centre et Sud-Est,
MagREESource et REEfine.

Objectif : collecter, démanteler et recycler les aimants permanents (NdFeB, SmCo) des
moteurs, éoliennes et équipements électroniques de la région.

Contact presse : presse@filiere-aimants-aura.fr
`;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A plain PNG in the hub's blue with a white band: small, valid, and a real image to thumbnail. */
function bannerPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    const band = y > height * 0.4 && y < height * 0.6;
    for (let x = 0; x < width; x++) row.set(band ? [255, 255, 255] : [11, 79, 138], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The three files of the public press kit. */
export function pressKitFiles(): SeedFile[] {
  return [
    { name: 'logo-filiere.svg', contentType: 'image/svg+xml', body: Buffer.from(LOGO) },
    { name: 'fiche-filiere.txt', contentType: 'text/plain', body: Buffer.from(FACT_SHEET) },
    { name: 'banniere-filiere.png', contentType: 'image/png', body: bannerPng(240, 120) },
  ];
}

/** The one file of the partners' kit. */
export function partnerKitFiles(): SeedFile[] {
  return [
    {
      name: 'charte-partenaires.txt',
      contentType: 'text/plain',
      body: Buffer.from(
        'Charte graphique des partenaires de la filière : logo sur fond clair, zone de protection de 8 mm, bleu #0b4f8a.\n',
      ),
    },
  ];
}
