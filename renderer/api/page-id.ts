let id: string | undefined;

/**
 * This page's id in the browser shell, made in memory when first asked and the same for the page's
 * life: its calls carry it in a header, its news stream in `?page=`, so the core can bind a staff
 * session to this page and tell this page alone when it ends. A reload makes a new one.
 */
export function pageId(): string {
  id ??= crypto.randomUUID();
  return id;
}
