import { describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import type { JourneyAction } from '../../renderer/flow/journey.ts';
import { QuestionFlow } from '../../renderer/screens/Question/QuestionFlow.tsx';
import { axeViolations } from './axe.ts';
import { mountScreen } from './mount.tsx';
import { realAnswers } from './real-answers.ts';
import { normalized } from './text.ts';

/**
 * The apps question (several answers) with the real questions, after "iPhone": "None of these" is
 * chosen alone, and every answer card has one layout. The rule itself is unit-tested
 * (tests/unit/renderer/answer-choice.test.ts); here the taps reach it and the screen shows it.
 */
const questions = inject('screenAnswers').en.questions.questions;
const label = (id: string) => questions.flatMap((q) => q.options).find((o) => o.id === id)?.label ?? id;
const pressed = () =>
  [...document.querySelectorAll('.answer[aria-pressed="true"] .answer__label')].map((e) =>
    normalized(e.textContent ?? ''),
  );

describe('the apps question', () => {
  it('en: "None of these" is chosen alone: it clears the apps, and an app clears it; every card has the picture above the words, and a row is as tall as its tallest card', async () => {
    const [phone, apps] = questions;
    if (!phone || !apps) throw new Error('fewer than two questions');
    const sent: JourneyAction[] = [];
    await mountScreen(
      <QuestionFlow
        locale="en"
        index={1}
        answers={{ [phone.id]: ['phone-iphone'] }}
        dispatch={(action) => sent.push(action)}
      />,
      { api: realAnswers('en') },
    );
    await expect.poll(() => document.querySelectorAll('.question__options .answer').length).toBeGreaterThan(0);
    const tap = (id: string) => page.getByRole('button', { name: label(id) }).click();
    await tap('apps-whatsapp');
    await tap('apps-facetime');
    await expect.poll(pressed).toEqual([label('apps-whatsapp'), label('apps-facetime')]);
    await tap('apps-none');
    await expect.poll(pressed).toEqual([label('apps-none')]);
    await tap('apps-wechat');
    await expect.poll(pressed).toEqual([label('apps-wechat')]);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    expect(sent).toContainEqual(expect.objectContaining({ questionId: apps.id, answerIds: ['apps-wechat'] }));

    // One layout for every answer card: the picture above the words, every card of a row as tall.
    const boxes = [...document.querySelectorAll('.question__options .answer')].map((c) => ({
      top: c.getBoundingClientRect().top,
      height: c.getBoundingClientRect().height,
      iconAbove:
        c.querySelector('.icon')!.getBoundingClientRect().bottom <=
        c.querySelector('.answer__label')!.getBoundingClientRect().top,
    }));
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box.iconAbove).toBe(true);
    for (const row of Object.values(Object.groupBy(boxes, (b) => Math.round(b.top))))
      expect(new Set(row!.map((b) => Math.round(b.height))).size).toBe(1);
    expect(await axeViolations(), 'axe on the apps question, one chosen').toEqual([]);
  });
});
