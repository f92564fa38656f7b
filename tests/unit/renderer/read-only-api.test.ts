import { describe, expect, it, vi } from 'vitest';
import { readOnly } from '../../../renderer/api/read-only-api.ts';
import { CALL_NAMES, type CallName, type KioskApi } from '../../../shared/api.ts';
import { CALL_EFFECTS } from '../../../shared/call-effects.ts';

const VISIT = '7b0c2a8e-3f1d-4c55-9a43-1c2b3d4e5f60';

/** A contract whose every call only records that it was made. */
function recordingApi() {
  const made: CallName[] = [];
  const api = Object.fromEntries(
    CALL_NAMES.map((name) => [name, vi.fn(async () => (made.push(name), { from: name }))]),
  ) as unknown as KioskApi;
  return { api, made };
}

describe("useCall's read-only view of the contract", () => {
  it('hold every call that does not write, and no call that does', () => {
    const { api } = recordingApi();
    const view = readOnly(api) as unknown as Record<string, unknown>;
    const notWriting = CALL_NAMES.filter((name) => CALL_EFFECTS[name] !== 'write');
    expect(Object.keys(view).sort()).toEqual([...notWriting].sort());
    for (const name of CALL_NAMES.filter((n) => CALL_EFFECTS[n] === 'write')) expect(view[name]).toBeUndefined();
  });

  it('pass reads through, and refuse a witnessed read given a visit id before it reaches the core', async () => {
    const { api, made } = recordingApi();
    const read = readOnly(api);
    await expect(read.listTutorials({ locale: 'en' })).resolves.toEqual({ from: 'listTutorials' });
    await expect(read.openTutorial({ tutorialId: 'a', locale: 'en' })).resolves.toEqual({ from: 'openTutorial' });
    const withVisit = { tutorialId: 'a', locale: 'en', visitId: VISIT } as unknown as {
      tutorialId: string;
      locale: 'en';
    };
    await expect(read.openTutorial(withVisit)).rejects.toThrow(/read-only: openTutorial with a visitId/);
    await expect(read.makePlan({ locale: 'en', answers: {}, ...{ visitId: VISIT } } as never)).rejects.toThrow(
      /useAction/,
    );
    expect(made).toEqual(['listTutorials', 'openTutorial']);
  });

  it('be the same object for the same api, so hooks see a stable view', () => {
    const { api } = recordingApi();
    expect(readOnly(api)).toBe(readOnly(api));
  });
});
