import { describe, expect, it } from 'vitest';
import { kioskApi, type CallResponse } from '../../shared/api.ts';
import { join } from 'node:path';
import { call, copyOfContent, dropLocale, editYaml, testKiosk } from '../support/temp-dir.ts';

const FACETIME = 'iphone-turn-off-facetime';

describe('the kiosk service (the contract, through the core door)', () => {
  it('list tutorials in Traditional Chinese', async () => {
    const list = await call<CallResponse<'listTutorials'>>(testKiosk(), 'listTutorials', { locale: 'zh-Hant' });
    expect(kioskApi.listTutorials.response.parse(list)).toEqual(list);
    expect(list.tutorials).toContainEqual(
      expect.objectContaining({ id: FACETIME, title: '關閉 FaceTime', locale: 'zh-Hant' }),
    );
  });

  it('fall back to English, whole, and say so, where a tutorial is not fully translated', async () => {
    const contentDir = copyOfContent();
    editYaml(join(contentDir, 'tutorials', `${FACETIME}.yaml`), (t) => dropLocale((t.variants as unknown[])[1], 'ko'));
    const kiosk = testKiosk({ contentDir });
    const list = await call<CallResponse<'listTutorials'>>(kiosk, 'listTutorials', { locale: 'ko' });
    expect(list.locale).toBe('ko');
    expect(list.tutorials.find((t) => t.id === FACETIME)).toMatchObject({ title: 'Turn off FaceTime', locale: 'en' });
    // Never half a language: even the variant that is translated comes in English.
    const open = await call<CallResponse<'openTutorial'>>(kiosk, 'openTutorial', {
      tutorialId: FACETIME,
      locale: 'ko',
    });
    expect(open.variant.steps[0]?.text).toBe('On your iPhone, open {{ios-settings}}. It is the grey gear icon.');
    expect(open.tutorial.words['ios-settings']?.meaning).toBe('Settings');
  });

  it("serve a tutorial in the visitor's language where it is complete", async () => {
    const list = await call<CallResponse<'listTutorials'>>(testKiosk(), 'listTutorials', { locale: 'ko' });
    expect(list.tutorials.find((t) => t.id === FACETIME)).toMatchObject({ title: 'FaceTime 끄기', locale: 'ko' });
  });

  it('open a tutorial with its newest variant first, or the variant asked for', async () => {
    const kiosk = testKiosk();
    const newest = await call<CallResponse<'openTutorial'>>(kiosk, 'openTutorial', {
      tutorialId: FACETIME,
      locale: 'zh-Hant',
    });
    expect(newest.variant.id).toBe('ios-18-and-later');
    expect(newest.tutorial.variants.map((v) => v.id)).toEqual(['ios-18-and-later', 'ios-17-and-earlier']);
    expect(newest.variant.steps.map((s) => s.text)[0]).toContain('打開{{ios-settings}}');
    expect(newest.tutorial.words['ios-settings']?.phone['zh-Hant']).toBe('設定');

    const older = await call<CallResponse<'openTutorial'>>(kiosk, 'openTutorial', {
      tutorialId: FACETIME,
      locale: 'en',
      variant: 'ios-17-and-earlier',
    });
    expect(older.variant.steps.map((s) => s.id)).toEqual([
      'open-settings',
      'tap-facetime',
      'switch-off',
      'other-devices',
    ]);
  });

  it("serve a picture's words by id, with the phone's word per language (null: not known) and the meaning in the reader's", async () => {
    const { tutorial, variant } = await call<CallResponse<'openTutorial'>>(testKiosk(), 'openTutorial', {
      tutorialId: FACETIME,
      locale: 'zh-Hant',
    });
    const screen = variant.steps.find((s) => s.id === 'tap-apps')?.screen;
    expect(screen).toMatchObject({ kind: 'list', app: 'settings', title: 'ios-settings' });
    expect(screen?.rows.find((r) => r.target)).toMatchObject({ label: 'ios-apps' });
    expect(tutorial.words['ios-settings']?.phone).toMatchObject({ en: 'Settings', 'zh-Hant': '設定' });
    expect(tutorial.words['ios-apps']?.phone['zh-Hant']).toBeNull();
  });

  it('open the tutorial even when its visit event cannot be recorded', async () => {
    const warnings: string[] = [];
    const kiosk = testKiosk({ warn: (m) => warnings.push(m) });
    const result = await kiosk.dispatch('openTutorial', {
      tutorialId: FACETIME,
      locale: 'en',
      visitId: crypto.randomUUID(),
    });
    expect(result.ok).toBe(true);
    expect(warnings.join()).toMatch(/tutorial_opened not recorded/);
  });

  it('answer not_found for a tutorial or variant that does not exist', async () => {
    const kiosk = testKiosk();
    expect(await kiosk.dispatch('openTutorial', { tutorialId: 'no-such-thing', locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      await kiosk.dispatch('openTutorial', { tutorialId: FACETIME, locale: 'en', variant: 'ios-3' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  // Request validation (invalid_request, unknown_call) needs no content: tests/unit/core/dispatch.test.ts,
  // against createDispatch with stub handlers.

  it('never leak an internal failure: a generic message, no stack', async () => {
    const kiosk = testKiosk();
    kiosk.close();
    const result = await kiosk.dispatch('listTutorials', { locale: 'en' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/ask a member of staff/) },
    });
  });
});
