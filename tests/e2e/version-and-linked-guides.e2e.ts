import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { api } from './kiosk-page.ts';

type Opened = CallResponse<'openTutorial'>;
const SILENCE = 'iphone-silence-unknown-callers';
const FACETIME = 'iphone-facetime-unknown-callers';

/**
 * Two things a visitor who does not know phones well needs (UX audit M13, M14): "I don't know" my
 * version starts the common one and says where the version is shown; a step that names another guide
 * opens it, and finishing it comes back to that step.
 */
test('"I don\'t know" starts the common version; a named guide opens from its step and returns to it (繁體中文)', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(120_000);
  const silence = await api<Opened>(request, 'openTutorial', { tutorialId: SILENCE, locale: 'zh-Hant' });
  const facetime = await api<Opened>(request, 'openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant' });
  const common = silence.tutorial.variants.find((v) => v.id === silence.tutorial.commonVariant);
  if (!common) throw new Error('no common variant');
  expect(silence.tutorial.versionCheck).toContain('iOS Version');
  // Stops at the version question: this test answers it itself.
  await kiosk.openTutorialFromStart(request, {
    locale: 'zh-Hant',
    language: '繁體中文',
    answers: ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'],
    tutorial: silence.tutorial.title,
  });

  await kiosk.press('我不知道');
  const guess = page.locator('.step__version-guess');
  await expect(guess).toContainText(common.label);
  await expect(guess).toContainText('不是，看起來不同');
  await expect(guess).toContainText('iOS Version');
  await expect(kiosk.stepText()).toHaveText(kiosk.shownStep(common.steps[0]?.text ?? '', silence.tutorial));
  await kiosk.expectAccessible('first step after "I don\'t know"');
  await kiosk.snapshot('zh-Hant', 'version-dont-know');

  // Walk to the step that names the FaceTime guide.
  const linkAt = common.steps.findIndex((s) => s.opens?.tutorialId === FACETIME);
  expect(linkAt).toBeGreaterThan(0);
  for (let i = 0; i < linkAt; i++) await kiosk.forward();
  await expect(guess).toHaveCount(0);
  const open = page.locator('.step__open-guide');
  await expect(open).toHaveText(`現在打開這個教學：${facetime.tutorial.title}`);
  await kiosk.snapshot('zh-Hant', 'linked-guide-button');
  await open.click();

  // The FaceTime guide, from its version question to its end.
  await expect(page.locator('.player__title')).toHaveText(facetime.tutorial.title);
  const ios26 = facetime.tutorial.variants.find((v) => v.id === 'ios-26');
  await kiosk.chooseVersion(ios26?.label ?? '');
  // It names "Turn off FaceTime" in turn, but never the guide the visitor came from.
  for (let i = 0; i < (ios26?.steps.length ?? 0); i++) {
    const step = ios26?.steps[i];
    if (step?.opens?.tutorialId === SILENCE) await expect(open).toHaveCount(0);
    await kiosk.forward();
  }

  // Back on the step they left, in the guide they left, with the same version.
  await expect(page.locator('.player__title')).toHaveText(silence.tutorial.title);
  await expect(kiosk.stepText()).toHaveText(kiosk.shownStep(common.steps[linkAt]?.text ?? '', silence.tutorial));
  await expect(kiosk.progress()).toHaveText(`第 ${linkAt + 1} 步，共 ${common.steps.length} 步`);
  // The guide just finished is done: no button to open it again is needed, but it is allowed.
  await kiosk.finishTutorial();
  await expect(page.locator('.tutorial-card--done')).toHaveCount(2);
  kiosk.expectNoProblems();
});
