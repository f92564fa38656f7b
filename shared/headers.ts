/**
 * The browser shell's headers. The page id is made in memory at page load (renderer/api) and binds a
 * session to that page; a token sent from another page is refused. Electron binds to the window instead.
 * Their own file, without zod: the page's first calls go out before the contract is evaluated (renderer/api/boot-early.ts).
 */
export const PAGE_ID_HEADER = 'x-safecall-page';
export const STAFF_TOKEN_HEADER = 'x-safecall-staff';
