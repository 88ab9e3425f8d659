/**
 * The k highest-scoring items without sorting them all: a question can touch thousands of facts.
 * A min-heap in two typed arrays, so selecting allocates nothing per item.
 */
export function topK(items: ArrayLike<number>, score: (item: number) => number, k: number): number[] {
  const scores = new Float64Array(k);
  const ids = new Float64Array(k);
  let size = 0;
  const swap = (a: number, b: number) => {
    const s = scores[a];
    scores[a] = scores[b];
    scores[b] = s;
    const d = ids[a];
    ids[a] = ids[b];
    ids[b] = d;
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && scores[l] < scores[m]) m = l;
      if (r < size && scores[r] < scores[m]) m = r;
      if (m === i) return;
      swap(m, i);
      i = m;
    }
  };
  for (let n = 0; n < items.length; n++) {
    const item = items[n];
    const s = score(item);
    if (size < k) {
      scores[size] = s;
      ids[size] = item;
      for (let i = size++; i > 0; ) {
        const p = (i - 1) >> 1;
        if (scores[p] <= scores[i]) break;
        swap(p, i);
        i = p;
      }
    } else if (k > 0 && s > scores[0]) {
      scores[0] = s;
      ids[0] = item;
      down(0);
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || ids[a] - ids[b]);
  return order.map((i) => ids[i]);
}
