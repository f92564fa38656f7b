import type { QuestionView } from '../../shared/questions-schema.ts';

type IconName = QuestionView['options'][number]['icon'];

/** Simple drawn pictures beside answers: no brand logos, no image files, same in every script. */
const PATHS: Record<IconName, string> = {
  iphone: 'M16 4h16a4 4 0 0 1 4 4v32a4 4 0 0 1-4 4H16a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4zm4 3h8M22 39h4',
  android: 'M14 4h20a4 4 0 0 1 4 4v32a4 4 0 0 1-4 4H14a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4zm-4 32h28M24 40v0',
  question: 'M24 44a20 20 0 1 0 0-40 20 20 0 0 0 0 40zm-6-26a6 6 0 1 1 8 5.6c-1.4.6-2 1.6-2 3.4v2M24 34v1',
  chat: 'M8 10h32a2 2 0 0 1 2 2v20a2 2 0 0 1-2 2H20l-8 8v-8H8a2 2 0 0 1-2-2V12a2 2 0 0 1 2-2zm8 10h16m-16 6h10',
  video: 'M6 14h24a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V16a2 2 0 0 1 2-2zm26 8 12-7v18l-12-7',
  'screen-share':
    'M6 8h36a2 2 0 0 1 2 2v22a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2zm10 34h16M24 34v8m0-26v12m-6-6 6-6 6 6',
  yes: 'M24 44a20 20 0 1 0 0-40 20 20 0 0 0 0 40zM14 24l7 7 13-14',
  no: 'M24 44a20 20 0 1 0 0-40 20 20 0 0 0 0 40zM16 16l16 16m0-16L16 32',
  none: 'M24 44a20 20 0 1 0 0-40 20 20 0 0 0 0 40zM10 38 38 10',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
