import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { staffCall } from '../../support/staff.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';

describe('the guides staff open for a visitor (listGuides), against the real content', () => {
  it('lists every guide in the visitor list order, in English, each with every variant the guide opens', async () => {
    const kiosk = testKiosk();
    try {
      const { guides } = await staffCall<CallResponse<'listGuides'>>(kiosk, 'listGuides', {});
      const { tutorials } = await call<CallResponse<'listTutorials'>>(kiosk, 'listTutorials', { locale: 'en' });
      expect(guides.map((g) => [g.id, g.topic, g.title])).toEqual(tutorials.map((t) => [t.id, t.topic, t.title]));
      for (const guide of guides) {
        const { tutorial } = await call<CallResponse<'openTutorial'>>(kiosk, 'openTutorial', {
          tutorialId: guide.id,
          locale: 'en',
        });
        // Each variant listed is one the player opens, with the label and versions the player knows it by.
        expect(guide.variants, guide.id).toEqual(
          tutorial.variants.map(({ id, label, platform, device, versionFrom, versionTo }) =>
            Object.fromEntries(
              Object.entries({ id, label, platform, device, versionFrom, versionTo }).filter(([, v]) => v),
            ),
          ),
        );
      }
      // Content with more than one variant exists, or this test proves little.
      expect(guides.some((g) => g.variants.length > 1)).toBe(true);
    } finally {
      kiosk.close();
    }
  });
});
