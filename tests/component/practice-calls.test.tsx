import { describe, expect, inject, it } from 'vitest';
import { eventsSent } from '../../renderer/flow/log-event.ts';
import type { JourneyAction } from '../../renderer/flow/journey.ts';
import { carryOn, choose, everyPath, startRehearsal } from '../../renderer/flow/rehearsal-walk.ts';
import { RehearsalPlayer } from '../../renderer/screens/Practice/PracticeScreens.tsx';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { RehearsalView } from '../../shared/rehearsal-schema.ts';
import { fullyOnScreen } from '../support/on-screen.ts';
import { fakeKiosk, type FakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { realAnswers } from './real-answers.ts';
import { shownText } from './text.ts';

const VISIT = '00000000-0000-4000-8000-000000000020';

/** Taps `selector` (the first match), and waits for React's drawing of the tap (a task later) and its effects. */
async function tap(selector: string) {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing to tap at ${selector}: ${document.body.textContent?.slice(0, 200)}`);
  target.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Plays `call` along `path` (its choice ids, in turn) in the real player, and says what it told the journey. At each
 * moment: the band saying it is practice wholly on screen, the ringing call or the caller's line, the choice's
 * feedback, then the ending with its summary, the checklist line and the region's first hotline.
 */
async function play(locale: Locale, api: FakeKiosk, call: RehearsalView, path: string[]) {
  const told: JourneyAction[] = [];
  const where = (i: number) => `${locale} ${call.id} ${path.join(' > ')} at ${i}`;
  await mountScreen(
    <RehearsalPlayer
      locale={locale}
      visitId={VISIT}
      rehearsalId={call.id}
      dispatch={(action) => told.push(action)}
      onRinging={() => {}}
      hushed
    />,
    { locale, api },
  );
  await expect.poll(() => document.querySelector('.rehearsal__band'), { message: where(0) }).not.toBeNull();
  let decision = call.decisions[0]!;
  for (const [i, choiceId] of path.entries()) {
    expect(fullyOnScreen('.rehearsal__band'), where(i)).toBe(true);
    if (i === 0) {
      expect(document.querySelector('.call--ringing'), where(i)).not.toBeNull();
      expect(shownText('h1.call__caller'), where(i)).toBe(call.caller);
      expect(document.querySelectorAll('.rehearsal__answer .call__button'), where(i)).toHaveLength(2);
    } else expect(shownText('.call__says'), where(i)).toBe(decision.says);
    const choice = decision.choices.find((c) => c.id === choiceId)!;
    await tap(`.rehearsal__choice[data-choice="${choiceId}"]`);
    const feedback = `.rehearsal__feedback--${choice.safe ? 'safe' : 'learn'}`;
    expect(shownText(`${feedback} .rehearsal__said`), where(i)).toBe(choice.feedback);
    expect(fullyOnScreen('.rehearsal__band'), where(i)).toBe(true);
    await tap(`${feedback} .rehearsal__continue`);
    const next = call.decisions.find((d) => d.id === choice.next);
    if (next) {
      decision = next;
      continue;
    }
    const ending = call.endings.find((e) => e.id === choice.next)!;
    const shown = `.rehearsal__ending--${ending.kind}`;
    expect(shownText(`${shown} .rehearsal__said`), where(i)).toBe(ending.text);
    expect(document.querySelector(`${shown} .rehearsal__checklist`)?.textContent, where(i)).toContain(
      call.checklistLine,
    );
    expect(document.querySelector(`${shown} .hotline__number`), where(i)).not.toBeNull();
    expect(document.querySelector('.rehearsal__band'), where(i)).not.toBeNull();
    await tap(`${shown} .rehearsal__again`);
    return told;
  }
  throw new Error(`${call.id}: ${path.join(' > ')} did not end`);
}

/** Every way through every call in `advice`, in `locale`; the events the player sent for the visit log, checked. */
async function everyWayThrough(locale: Locale, api: FakeKiosk, calls: RehearsalView[]) {
  for (const call of calls)
    for (const path of everyPath(call)) {
      const before = api.calls.length;
      const told = await play(locale, api, call, path);
      expect(told).toEqual([{ type: 'rehearsalFinished', rehearsalId: call.id }, { type: 'back' }]);
      await eventsSent();
      // Started, and finished with the red flags met along the way: a set the core sorts; never the choices.
      const walked = path.reduce((p, id) => carryOn(call, choose(call, p, id)), startRehearsal(call));
      const sent = api.calls
        .slice(before)
        .filter((c) => c.call === 'recordEvent')
        .map((c) => c.request as { kind: string; rehearsalId?: string; redFlags?: string[] });
      expect(sent.map((e) => [e.kind, e.rehearsalId])).toEqual([
        ['rehearsal_started', call.id],
        ['rehearsal_finished', call.id],
      ]);
      expect([...new Set(sent[1]?.redFlags)].sort()).toEqual([...new Set(walked.met)].sort());
      expect(Object.keys(sent[1] ?? {}).sort()).toEqual(['kind', 'redFlags', 'rehearsalId', 'visitId']);
    }
}

/**
 * "Practise a scam call" (issue 20): every practice call through every way it can go, in the real player with the
 * content the real core serves, in 繁體中文 and Arabic (right to left), for a Hong Kong centre and a mainland one.
 * The e2e tests (practice-call.e2e.ts) walk one way through each call in the real journey, with axe and the log.
 */
describe('every practice call, every way through', () => {
  for (const locale of ['zh-Hant', 'ar'] as const) {
    it(`${locale}: a Hong Kong centre's calls, reading ${LOCALE_INFO[locale].dir === 'rtl' ? 'right to left' : 'left to right'}`, async () => {
      const api = realAnswers(locale);
      const calls = inject('screenAnswers')[locale].safety.rehearsals;
      expect(calls.map((c) => c.id).sort()).toEqual([
        'fake-bank-screen-share',
        'fake-police-hk',
        'family-deepfake-call',
        'wechat-sextortion',
      ]);
      await everyWayThrough(locale, api, calls);
    });

    it(`${locale}: a mainland centre's fake police`, async () => {
      const advice = inject('mainlandAdvice')[locale];
      const ids = advice.rehearsals.map((c) => c.id);
      expect(ids).toContain('fake-police-cn');
      expect(ids).not.toContain('fake-police-hk');
      const api = fakeKiosk({ getSafetyAdvice: () => advice });
      await everyWayThrough(
        locale,
        api,
        advice.rehearsals.filter((c) => c.id === 'fake-police-cn'),
      );
    });
  }
});
