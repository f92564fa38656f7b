import type { Kiosk } from '../../electron/core/create-core.ts';
import type { ChecklistView } from '../../shared/checklist-schema.ts';
import type { Region } from '../../shared/regions.ts';
import { SHEET_CASES } from '../support/sheet-cases.ts';
import { call } from '../support/unwrap.ts';

/**
 * The sheets the print tests draw (tests/support/sheet-cases.ts) as `region`'s kiosk composes them:
 * each plan saved, then composed in its languages. The kiosk is the one the tutorial compile already
 * started for the region (tutorial-views-setup.ts), provisioned with the region only; the centre's
 * name and paper are set on the view, because the core passes its settings through to the sheet
 * unchanged (tests/integration/checklists/checklists.test.ts "composing the printed checklist") and
 * starting a kiosk per paper would cost seconds of every component run.
 */
export async function composeSheets(kiosk: Kiosk, region: Region): Promise<Record<string, ChecklistView>> {
  const views: Record<string, ChecklistView> = {};
  for (const c of SHEET_CASES.filter((s) => s.region === region)) {
    const languages = { lang: c.lang, ...(c.second && { second: c.second }) };
    const sheet =
      c.sheet.kind === 'personal'
        ? {
            kind: 'personal',
            code: (await call<{ code: string }>(kiosk, 'saveChecklist', c.sheet.plan)).code,
            ...languages,
          }
        : { kind: 'handout', topic: c.sheet.topic, ...languages };
    const view = await call<ChecklistView>(kiosk, 'composeSheet', { sheet });
    views[c.name] = { ...view, centreName: c.centreName, paperSize: c.paper };
  }
  return views;
}
