// One binary search for every sorted list in the core (spans, tokens, offsets).

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
