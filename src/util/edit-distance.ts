/** Case, `-`, `_`, `.` and blanks do not tell names or values apart: `sessionTimeoutMs` ~ `session.timeout.ms`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replaceAll(/[-._\s]/g, '');
}

/** Optimal string alignment distance (a swap of neighbours costs 1), giving up above `limit`. */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let previousRow: number[] = [];
  let row = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) value = Math.min(value, previousRow[j - 2]! + 1);
      next.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previousRow = row;
    row = next;
  }
  return row[right.length]!;
}
