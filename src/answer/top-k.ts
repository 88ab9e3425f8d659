/** The k highest-scoring items without sorting them all: a question can touch thousands of facts. */
export function topK(items: ArrayLike<number>, score: (item: number) => number, k: number): number[] {
  const heap: Array<[number, number]> = []; // min-heap of [score, item]
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
      if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const s = score(item);
    if (heap.length < k) {
      heap.push([s, item]);
      up(heap.length - 1);
    } else if (s > heap[0][0]) {
      heap[0] = [s, item];
      down(0);
    }
  }
  return heap.sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, item]) => item);
}
