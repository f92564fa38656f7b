/**
 * Pages served under an address other than their file name, the same in both shells: the print
 * page answers both sheet addresses (/print/checklist and /print/handout), so a sheet's address says
 * what it is and stays the same whether Electron or a browser opens it.
 */
const PAGE_ROUTES: Readonly<Record<string, string>> = {
  '/print/checklist': '/print.html',
  '/print/handout': '/print.html',
};

/** The file behind a page address, or the address itself when it names a file. */
export function pageFile(pathname: string): string {
  return PAGE_ROUTES[pathname.replace(/\/+$/, '')] ?? pathname;
}
