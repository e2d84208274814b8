import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkUpload, sanitiseFileName, zipEntryNames } from '../../functions/kits/asset-rules.js';
import { canSee, type Viewer } from '../../functions/kits/kit-access-rules.js';
import { versionChanges } from '../../functions/kits/version-changes-rules.js';
import type { KitAsset } from '../../functions/kits/kit.js';
import { ValidationError } from '../../functions/shared/errors.js';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\\u0000-\u001f\u007f-\u009f<>:"|?*]/;

describe('file names', () => {
  it('are always safe, NFC, at most 120 characters, or refused — whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const result = sanitiseFileName(raw);
        if ('error' in result) return;
        expect(result.name).not.toMatch(UNSAFE);
        expect(result.name).not.toMatch(/^\.|[. ]$/);
        expect(result.name.normalize('NFC')).toBe(result.name);
        expect([...result.name].length).toBeLessThanOrEqual(120);
      }),
      { numRuns: 2000 },
    );
  });

  it('make ZIP entries unique and safe, whatever the names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 20 }), (names) => {
        const entries = zipEntryNames(names);
        expect(entries).toHaveLength(names.length);
        expect(new Set(entries.map((entry) => entry.toLowerCase())).size).toBe(entries.length);
        for (const entry of entries) expect(entry).not.toMatch(UNSAFE);
      }),
    );
  });

  it('refuses a type outside the list and an extension that does not match the type', () => {
    expect(() => checkUpload({ name: 'a.html', contentType: 'text/html', size: 1 })).toThrow(ValidationError);
    expect(() => checkUpload({ name: 'a.png', contentType: 'image/svg+xml', size: 1 })).toThrow(
      ValidationError,
    );
    expect(checkUpload({ name: 'Logo.SVG', contentType: 'image/svg+xml', size: 1 })).toEqual({
      name: 'Logo.SVG',
    });
  });
});

describe('who sees a kit', () => {
  const viewers: Record<string, Viewer> = {
    anonymous: { kind: 'anonymous' },
    a: { kind: 'partner', email: 'a@x.fr', organisationId: 'A' },
    b: { kind: 'partner', email: 'b@x.fr', organisationId: 'B' },
    staff: { kind: 'staff', email: 's@x.fr' },
    shared: { kind: 'anonymous', sharedKitId: 'k' },
  };
  const kit = (audience: Parameters<typeof canSee>[0]['audience'], published = true) => ({
    id: 'k',
    audience,
    ...(published ? { currentVersion: 1 } : {}),
  });

  it('follows the audience, the share link and publication', () => {
    const seen = (audience: Parameters<typeof canSee>[0]['audience']) =>
      Object.entries(viewers)
        .filter(([, viewer]) => canSee(kit(audience), viewer))
        .map(([name]) => name);

    expect(seen('public')).toEqual(['anonymous', 'a', 'b', 'staff', 'shared']);
    expect(seen('partners')).toEqual(['a', 'b', 'staff', 'shared']);
    expect(seen({ organisations: ['A'] })).toEqual(['a', 'staff', 'shared']);
    expect(canSee(kit('public', false), viewers.staff!)).toBe(false);
    expect(canSee({ ...kit('partners'), id: 'autre' }, viewers.shared!)).toBe(false);
  });
});

describe('what a version changed', () => {
  const asset = (name: string, sha256: string) => ({ name, sha256 }) as KitAsset;

  it('lists added, updated (same name, other bytes) and removed files', () => {
    expect(
      versionChanges(
        [asset('logo.svg', '1'), asset('charte.pdf', '2'), asset('ancien.txt', '3')],
        [asset('logo.svg', '1'), asset('charte.pdf', '9'), asset('photo.jpg', '4')],
      ),
    ).toEqual({ added: ['photo.jpg'], updated: ['charte.pdf'], removed: ['ancien.txt'] });
  });
});
