// The one order for ids, keys and ISO dates wherever output depends on it: plain comparison of
// UTF-16 code units. localeCompare follows the machine's locale (ICU's default: Estonian puts
// "z" after "s", Lithuanian "y" before "i"), so the same corpus would give other bytes elsewhere.

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
