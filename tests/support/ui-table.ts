/** A UI string table ("a.b.c" -> message), flattened from the nested JSON the renderer loads. */
export function flattenUiTable(table: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flattenUiTable(value as Record<string, unknown>, path));
  }
  return out;
}
