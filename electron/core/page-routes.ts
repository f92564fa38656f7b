/**
 * Pages served under an address other than their file name, the same in both shells: the print
 * page answers every sheet address (/print/checklist, /print/handout and /print/report), so a sheet's address says
 * what it is and stays the same whether Electron or a browser opens it.
 */
const PAGE_ROUTES: Readonly<Record<string, string>> = {
  '/print/checklist': '/print.html',
  '/print/handout': '/print.html',
  // report-print: the monthly report; what it shows needs the print ticket in its address.
  '/print/report': '/print.html',
};

/** The file behind a page address, or the address itself when it names a file. */
export function pageFile(pathname: string): string {
  return PAGE_ROUTES[pathname.replace(/\/+$/, '')] ?? pathname;
}
