import { textForRegion } from './source-text.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { ContentError, readContentFiles, type ContentProblem } from './content-files.ts';
import { findUnbackedClaims } from './checklist-claims.ts';
import { findStepsWithoutNotes } from './facilitator-notes.ts';
import { checkReferences } from './content-loader.ts';
import { forEachLocalized } from './localized-texts.ts';
import { findSideDirections } from './rtl-directions.ts';

export interface ContentReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Steps, facilitator notes and hotlines resting on unconfirmed facts: the staff review list. */
  unverified: ContentProblem[];
  counts: { tutorials: number; steps: number; notes: number; hotlines: number };
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const STALE_AFTER_DAYS = 365;
export const WARN_AFTER_DAYS = 274; // about nine months

/** Every text in every locale; a phone label may say null, "not known", but must say it. */
function findMissingLocales(file: string, raw: unknown): ContentProblem[] {
  const out: ContentProblem[] = [];
  forEachLocalized(raw, (text, path) => {
    const missing = LOCALES.filter((l) => text[l] === undefined);
    if (missing.length > 0) out.push({ file, path: path.join('.'), message: `missing ${missing.join(', ')}` });
  });
  return out;
}

function checkDate(file: string, lastVerified: string, today: Date, report: ContentReport) {
  const days = Math.floor((today.getTime() - new Date(`${lastVerified}T00:00:00Z`).getTime()) / DAY_MS);
  if (days > STALE_AFTER_DAYS) report.errors.push({ file, path: 'lastVerified', message: `facts last checked ${lastVerified}, ${days} days ago: check them again (limit ${STALE_AFTER_DAYS} days)` });
  else if (days > WARN_AFTER_DAYS) report.warnings.push({ file, path: 'lastVerified', message: `facts last checked ${lastVerified}, ${days} days ago: due for a check soon` });
  else if (days < 0) report.errors.push({ file, path: 'lastVerified', message: `${lastVerified} is in the future` });
}

/**
 * `npm run content:check`: schema, references, completeness in every locale, no left/right in
 * right-to-left texts, checklist lines that claim no more than their steps give, facilitator notes on
 * every step that is not trivial, and freshness.
 */
export function checkContent(contentDir: string, today: Date = new Date()): ContentReport {
  const report: ContentReport = { errors: [], warnings: [], unverified: [], counts: { tutorials: 0, steps: 0, notes: 0, hotlines: 0 } };
  let files;
  try {
    files = readContentFiles(contentDir);
  } catch (error) {
    if (error instanceof ContentError) return { ...report, errors: error.problems };
    throw error;
  }
  report.errors.push(...checkReferences(files));
  const all = [...files.tutorials, ...files.phoneLabels, ...files.rehearsals, files.hotlines, files.redFlags, files.scamNow, files.afterScam, files.scamScripts, files.questions, files.checklist, files.versionCheck];
  for (const f of all) {
    report.errors.push(...findMissingLocales(f.file, f.raw));
    report.errors.push(...findSideDirections(f.file, f.raw));
    checkDate(f.file, f.data.lastVerified, today, report);
  }
  for (const t of files.tutorials) {
    report.counts.tutorials++;
    report.errors.push(...findUnbackedClaims(t.file, t.data));
    report.errors.push(...findStepsWithoutNotes(t.file, t.data));
    t.data.facilitator?.forEach((n, ni) => {
      report.counts.notes++;
      if (!n.verified) report.unverified.push({ file: t.file, path: `facilitator.${ni}`, message: `${t.data.id} / note on ${n.step ?? 'the whole guide'}: ${n.text.en}` });
    });
    t.data.variants.forEach((v, vi) =>
      v.steps.forEach((s, si) => {
        report.counts.steps++;
        // Issue 17: every step has a picture, or a reviewed reason why no phone screen can show it.
        if (!s.screen && !s.noPicture) report.errors.push({ file: t.file, path: `variants.${vi}.steps.${si}`, message: `${t.data.id} / ${v.id} / ${s.id}: no picture, and no reviewed reason for none (noPicture)` });
        if (!s.verified) report.unverified.push({ file: t.file, path: `variants.${vi}.steps.${si}`, message: `${t.data.id} / ${v.id} / ${s.id}: ${textForRegion(s.text, 'generic', () => undefined).en}` });
      }),
    );
  }
  for (const [region, entry] of Object.entries(files.hotlines.data.regions)) {
    for (const h of entry.hotlines) {
      report.counts.hotlines++;
      if (!h.verified) report.unverified.push({ file: files.hotlines.file, path: `regions.${region}`, message: `${h.id}: ${h.contact} (${h.name.en})` });
    }
  }
  for (const [region, list] of Object.entries(files.checklist.data.qr)) {
    list?.forEach((q, i) => {
      if (q.source.confirmation !== 'official') report.unverified.push({ file: files.checklist.file, path: `qr.${region}.${i}`, message: `QR ${q.url}: confirmed by ${q.source.publisher} only` });
    });
  }
  return report;
}
