import { loadContent, type ContentBundle } from '../../electron/core/content/content-loader.ts';

let content: ContentBundle | undefined;

/**
 * The content source, read and validated once for the kiosks the component tests' global setup starts
 * (tutorial-views-setup.ts: one per region, and the journey's centre in screen-answers.ts): each would
 * otherwise parse all of content/ again before compiling it for its region. The setup runs in Node
 * before any test, and nothing edits content/ meanwhile.
 */
export function loadContentOnce(contentDir: string): ContentBundle {
  content ??= loadContent(contentDir);
  return content;
}
