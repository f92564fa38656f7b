import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { inject, vi } from 'vitest';
import type * as Yaml from 'yaml';

/**
 * Node tests (a setup file of the `node` project): the `yaml` package's `parse`, remembered for the run by
 * the text's hash. Content is 42 YAML files, 17,000 lines, and dozens of tests read all of it again (a
 * copy with one file broken, a first start, a template): parsing it was most of what each read cost,
 * and each test file runs in a process of its own, so the memory is a JSON file in the run's template
 * folder (template-setup.ts), which JSON.parse reads many times faster than YAML.
 *
 * Only what parses the same through JSON is remembered (checked when written): plain maps, lists,
 * strings, numbers, booleans and null. A text that fails to parse is never remembered, so every error
 * a test expects comes from the real parser, and every edited file is parsed afresh (its text differs).
 * Each call returns a new object, so a caller may change what it gets.
 */
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof Yaml & { default?: object }>();
  const dir = inject('kioskTemplateDir');
  function parse(text: string, ...rest: unknown[]): unknown {
    // Options or a reviver change the result: those calls go straight through.
    if (rest.length > 0) return (yaml.parse as (...args: unknown[]) => unknown)(text, ...rest);
    const file = join(dir, `yaml-${createHash('sha256').update(text).digest('hex')}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch {
      // Not parsed yet in this run.
    }
    const value: unknown = yaml.parse(text);
    const json = JSON.stringify(value);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) {
      // Two workers may write the same file at once: the rename is atomic and both texts are equal.
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, json);
      renameSync(partial, file);
    }
    return value;
  }
  return { ...yaml, parse, ...(yaml.default && { default: { ...yaml.default, parse } }) };
});
