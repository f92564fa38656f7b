import ICU from 'i18next-icu';

type Parse = (res: unknown, ...rest: unknown[]) => unknown;

/**
 * Whether an ICU message is plain text, which ICU would give back unchanged: no argument (`{`, `}`) and no
 * escaped apostrophe (`''`). A lone apostrophe quotes nothing without braces, and tags are text (ignoreTag).
 */
export function isPlainMessage(message: string): boolean {
  return !/[{}]|''/.test(message);
}

/**
 * i18next-icu, except that a plain message is handed back as it is (issue 18). ICU builds a formatter per
 * message and language, and its first use of each language looks up that language's data: the lobby alone, with
 * "Touch to start" in eight languages, spent tens of milliseconds of the cold start there on text with nothing to
 * format. Messages with arguments (plurals, numbers) still go through ICU.
 */
export function plainOrIcu(): InstanceType<typeof ICU> {
  const icu = new ICU();
  const withParse = icu as unknown as { parse: Parse };
  const parse = withParse.parse.bind(icu);
  withParse.parse = (res, ...rest) => (typeof res === 'string' && isPlainMessage(res) ? res : parse(res, ...rest));
  return icu;
}
