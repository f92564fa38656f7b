import { splitLtrRuns } from './ltr-runs.ts';

/** Translated text with every number and address inside it isolated left to right and kept on one line. */
export function LtrText({ text }: { text: string }) {
  return (
    <>
      {splitLtrRuns(text).map((run, i) =>
        run.ltr ? (
          <bdi key={i} dir="ltr" className="ltr-run">
            {run.text}
          </bdi>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
