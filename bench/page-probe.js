// Injected before any script of the measured page (editor or bare React Flow page). It sets
// window.__maillageBench, which also turns on the editor's render counters
// (renderer/carte/bench-counter.ts), and measures from inside the page what must not be
// disturbed by round trips to Node: open time, frame times. `window.__benchExpect` ({nodes,
// edges}) is prepended by bench/browser.ts.
// `void`: Biome's noFloatingPromises takes this function's call for a promise (it returns nothing).
void (() => {
  const expected = window.__benchExpect;
  const nodes = document.getElementsByClassName('react-flow__node');
  const edges = document.getElementsByClassName('react-flow__edge-path');
  const nodeById = (id) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  const bench = {
    renders: {},
    edgeRenders: {},
    /** ms from navigation until every actor and link is in the DOM and a frame has passed. */
    opened: new Promise((resolve) => {
      const check = () => {
        if (nodes.length >= expected.nodes && edges.length >= expected.edges) {
          requestAnimationFrame(() => resolve(performance.now()));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }),
    frame: nextFrame,
    frames: [],
    recording: false,
    startFrames() {
      bench.frames = [];
      bench.recording = true;
      const loop = (time) => {
        bench.frames.push(time);
        if (bench.recording) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    /** Frame durations (ms) since startFrames. */
    stopFrames() {
      bench.recording = false;
      const durations = [];
      for (let i = 1; i < bench.frames.length; i++) durations.push(bench.frames[i] - bench.frames[i - 1]);
      return durations;
    },
    resetRenders() {
      bench.renders = {};
      bench.edgeRenders = {};
    },
    /**
     * What a press at a node's centre would land on: null when it is the node itself, else a
     * short description of what lies on top (a neighbour moved onto it, a panel, a dialog).
     */
    coveredBy(id) {
      const node = nodeById(id);
      if (!node) return `aucun nœud ${id}`;
      const box = node.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (top && node.contains(top)) return null;
      if (!top) return 'hors de la fenêtre';
      const owner = top.closest('[data-id]') ?? top.closest('[class]') ?? top;
      return owner.dataset.id ? `le nœud ${owner.dataset.id}` : `${owner.tagName.toLowerCase()}.${owner.className}`;
    },
    /**
     * The actor nearest the centre of the canvas that a drag can take `reach` px to the right and
     * back: the one the benchmark drags. A press at its centre reaches it, the far end is still
     * on the canvas, and the whole way stays out of the column of `besides` (a panel over the
     * map, which grows as its content arrives). Generated actors are named a0, a1…; zones and
     * notes are nodes too on the editor's canvas, and dragging a zone carries what lies in it,
     * which is another measurement.
     */
    centreNode(reach = 0, besides = null) {
      const pane = document.querySelector('.react-flow').getBoundingClientRect();
      const cx = pane.left + pane.width / 2;
      const cy = pane.top + pane.height / 2;
      const column = besides ? document.querySelector(besides)?.getBoundingClientRect() : null;
      let best = null;
      for (const node of nodes) {
        const id = node.dataset.id;
        if (!/^a\d+$/.test(id) || bench.coveredBy(id) !== null) continue;
        const box = node.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (!document.elementFromPoint(x + reach, y)?.closest('.react-flow')) continue;
        if (column && box.right + reach >= column.left && box.left <= column.right) continue;
        const distance = Math.hypot(x - cx, y - cy);
        if (!best || distance < best.distance) best = { id, distance };
      }
      if (!best) throw new Error('Aucun acteur à portée de souris sur le canevas.');
      return best.id;
    },
    /** Where to press on a node: its centre, in page coordinates. */
    whereIs(id) {
      const box = nodeById(id).getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    /**
     * Before a press: the node's centre, once it has not moved since the previous frame (the
     * canvas still: no fit animation, no panel pushing it) and nothing covers it. After `limitMs`
     * without that, what stands in the way instead.
     */
    pressable(id, limitMs) {
      const until = performance.now() + limitMs;
      return new Promise((resolve) => {
        let last = null;
        const check = () => {
          const node = nodeById(id);
          const at = node ? bench.whereIs(id) : null;
          const covered = bench.coveredBy(id);
          if (at && last && at.x === last.x && at.y === last.y && covered === null) resolve({ at });
          else if (performance.now() > until) resolve({ problem: covered ?? 'bouge encore' });
          else {
            last = at;
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
    },
  };
  window.__maillageBench = bench;
})();
