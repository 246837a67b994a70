export interface WeightedEdge {
  to: number;
  weight: number;
}

/**
 * Dijkstra over a small graph given as adjacency lists (a few hundred nodes per floor, so the simple
 * O(V²) form is plenty). Returns the node ids from `from` to `to` inclusive, or null when unreachable.
 */
export function shortestPath(
  adjacency: readonly (readonly WeightedEdge[])[],
  from: number,
  to: number,
): number[] | null {
  const count = adjacency.length;
  const dist = new Float64Array(count).fill(Infinity);
  const previous = new Int32Array(count).fill(-1);
  const done = new Uint8Array(count);
  dist[from] = 0;
  for (;;) {
    let node = -1;
    let best = Infinity;
    for (let i = 0; i < count; i++) {
      if (done[i] === 0 && dist[i] < best) {
        best = dist[i];
        node = i;
      }
    }
    if (node === -1) {
      return null;
    }
    if (node === to) {
      break;
    }
    done[node] = 1;
    for (const { to: next, weight } of adjacency[node]) {
      const candidate = best + weight;
      if (candidate < dist[next]) {
        dist[next] = candidate;
        previous[next] = node;
      }
    }
  }
  const path = [to];
  for (let node = to; node !== from;) {
    node = previous[node];
    path.push(node);
  }
  return path.reverse();
}

/** A component id per node (nodes with the same id can reach each other). */
export function connectedComponents(adjacency: readonly (readonly WeightedEdge[])[]): Int32Array {
  const component = new Int32Array(adjacency.length).fill(-1);
  let next = 0;
  for (let start = 0; start < adjacency.length; start++) {
    if (component[start] !== -1) {
      continue;
    }
    const stack = [start];
    component[start] = next;
    while (stack.length > 0) {
      const node = stack.pop() as number;
      for (const { to } of adjacency[node]) {
        if (component[to] === -1) {
          component[to] = next;
          stack.push(to);
        }
      }
    }
    next++;
  }
  return component;
}
