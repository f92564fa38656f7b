/**
 * The screen the visitor was on, for fault reports. It lives outside React on purpose: when a screen
 * throws, the journey's state goes with the unmounted tree, but the report still wants to say where.
 * The journey sets it while it renders (before its screen renders), so a screen that throws on its
 * very first render is still named.
 */
let place: string | undefined;

export function setFaultPlace(where: string | undefined): void {
  place = where;
}

export function faultPlace(): string | undefined {
  return place;
}
