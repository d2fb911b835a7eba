/**
 * Index of the first of `items` for which `reached` holds, or their length: a binary search. `reached`
 * must hold for every item after the first it holds for, as it does for items sorted by what it tests.
 */
export function partitionPoint<T>(items: readonly T[], reached: (item: T) => boolean): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (reached(items[mid])) {
			high = mid;
		} else {
			low = mid + 1;
		}
	}
	return low;
}
