// Small shared helpers for the core: one binary search for every sorted list, one regex escape.

/** A literal string as a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first index whose item is not `before` (items ordered so that `before` holds for a prefix). */
export function firstIndexWhereNot<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
