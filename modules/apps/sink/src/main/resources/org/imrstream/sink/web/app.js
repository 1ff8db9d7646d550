// The live dashboard of imr sink: outcome counts per guideline, the overturn rate per month of one
// guideline, and the latest decisions, kept current through the server-sent events of /api/events.
//
// Every string here comes from letters, which are untrusted: it reaches the page only through
// textContent or setAttribute on attributes that are never interpreted (data-*, aria-*, class of
// our own). Nothing here builds HTML from strings.
'use strict';

(() => {
  // Set once per page load: a test checks that live updates never reloaded the page.
  window.__loadedAt = Date.now();

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const DECISIONS_LIMIT = 20;
  const REFRESH_DEBOUNCE_MS = 300;
  const RETRY_MS = 3000;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  const state = {
    windowDays: 30,
    guidelines: [],
    window: null,
    now: null,
    sort: { key: 'allTime.total', dir: 'desc' },
    chosen: null, // the guideline a user picked for the chart; null: the largest
    chart: { guideline: null, version: null, request: 0 },
    decisions: [], // newest decision date first, at most DECISIONS_LIMIT
    fresh: new Set(), // decision ids that arrived live, highlighted once
    events: 0,
    connection: 'connecting',
    problems: new Map(), // what failed (guidelines, decisions, chart) to its message, until it works again
  };

  const $ = (id) => document.getElementById(id);
  const ui = {
    status: $('status'),
    windowDays: $('window-days'),
    summary: $('summary'),
    table: $('guidelines'),
    body: $('guidelines').tBodies[0],
    totals: $('totals'),
    windowHead: $('window-head'),
    guidelinesEmpty: $('guidelines-empty'),
    chart: $('chart'),
    chartGuideline: $('chart-guideline'),
    decisions: $('decisions'),
    decisionsBody: $('decisions').tBodies[0],
    decisionsEmpty: $('decisions-empty'),
    updated: $('updated'),
  };

  // ---------------------------------------------------------------- helpers

  /** An element with attributes (set one by one, as data) and optional text. */
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
    }
  }

  function debounce(fn, ms) {
    let timer = null;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(() => { timer = null; fn(); }, ms);
    };
  }

  async function getJson(url) {
    const response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      // reported below
    }
    if (!response.ok) {
      const message = body && typeof body.error === 'string' ? body.error : response.statusText;
      throw new Error(`${response.status} ${message}`);
    }
    if (body === null || typeof body !== 'object') throw new Error(`not JSON: ${url}`);
    return body;
  }

  function field(entry, path) {
    return path.split('.').reduce((node, name) => (node == null ? undefined : node[name]), entry);
  }

  const counts = new Intl.NumberFormat('en-US');
  const num = (n) => (Number.isFinite(n) ? n : 0);
  const count = (n) => counts.format(num(n));
  const percent = (rate, total) => (num(total) > 0 ? `${(num(rate) * 100).toFixed(1)}%` : '–');
  const text = (value, fallback) => (typeof value === 'string' && value !== '' ? value : fallback);

  function monthLabel(month, long) {
    const [year, m] = month.split('-');
    return long ? `${MONTH_NAMES[Number(m) - 1]} ${year}` : `${MONTHS[Number(m) - 1]} ${year}`;
  }

  // ---------------------------------------------------------------- status

  function renderStatus() {
    const failing = [...state.problems.values()];
    setText(ui.status, state.connection + (failing.length ? ' · data unavailable, retrying' : ''));
    setAttr(ui.status, 'data-state', state.connection);
    setAttr(ui.status, 'data-events', String(state.events));
    setAttr(ui.status, 'title', failing.length ? failing.join('; ') : null);
    ui.status.classList.toggle('problem', failing.length > 0);
  }

  /** Records that `what` failed with `error`, or (error null) that it works again. */
  function problem(what, error) {
    if (error) {
      state.problems.set(what, `${what}: ${error.message}`);
    } else if (!state.problems.delete(what)) {
      return;
    }
    renderStatus();
  }

  // ---------------------------------------------------------------- guidelines

  let guidelinesBusy = false;
  let guidelinesAgain = false;
  let guidelinesRetry = null;

  async function refreshGuidelines() {
    if (guidelinesBusy) {
      guidelinesAgain = true;
      return;
    }
    guidelinesBusy = true;
    clearTimeout(guidelinesRetry);
    try {
      const body = await getJson(`/api/guidelines?windowDays=${state.windowDays}`);
      applyGuidelines(body);
      problem('guidelines', null);
    } catch (e) {
      problem('guidelines', e); // e.g. 503 while the sink's state moves between instances
      guidelinesRetry = setTimeout(refreshGuidelines, RETRY_MS);
    } finally {
      guidelinesBusy = false;
      if (guidelinesAgain) {
        guidelinesAgain = false;
        scheduleGuidelines();
      }
    }
  }

  const scheduleGuidelines = debounce(refreshGuidelines, REFRESH_DEBOUNCE_MS);

  function applyGuidelines(body) {
    const before = new Map(state.guidelines.map((g) => [g.guideline, num(field(g, 'allTime.total'))]));
    state.guidelines = Array.isArray(body.guidelines)
      ? body.guidelines.filter((g) => g && typeof g.guideline === 'string')
      : [];
    state.window = body.window || null;
    state.now = typeof body.now === 'string' ? body.now : null;
    const changed = new Set(
      state.guidelines
        .filter((g) => before.size > 0 && before.get(g.guideline) !== num(field(g, 'allTime.total')))
        .map((g) => g.guideline));
    renderGuidelines(changed);
    ui.updated.textContent = `Updated ${new Date().toLocaleTimeString()}`;
    followChart();
  }

  function compare(a, b) {
    const { key, dir } = state.sort;
    let order;
    if (key === 'guideline') {
      // Alphabetical, ignoring case; the same order whatever the browser's locale.
      const x = a.guideline.toLowerCase();
      const y = b.guideline.toLowerCase();
      order = x < y ? -1 : x > y ? 1 : 0;
    } else {
      order = num(field(a, key)) - num(field(b, key));
    }
    if (dir === 'desc') order = -order;
    return order || (a.guideline < b.guideline ? -1 : a.guideline > b.guideline ? 1 : 0);
  }

  const COLUMNS = [
    'allTime.upheld', 'allTime.overturned', 'allTime.total', 'allTime.overturnRate',
    'window.upheld', 'window.overturned', 'window.total', 'window.overturnRate',
  ];

  // Rows are kept per guideline and updated in place: a live update does not replace the row a
  // person is pointing at or has focused.
  const guidelineRows = new Map();

  function guidelineRow(guideline) {
    let tr = guidelineRows.get(guideline);
    if (!tr) {
      tr = el('tr', { 'data-guideline': guideline, tabindex: 0, title: 'Chart this guideline' });
      tr.appendChild(el('th', { scope: 'row', class: 'text' }, guideline));
      for (const path of COLUMNS) {
        tr.appendChild(el('td', { 'data-field': path, class: path === 'window.upheld' ? 'window-start' : null }));
      }
      guidelineRows.set(guideline, tr);
    }
    return tr;
  }

  function setText(node, value) {
    if (node.textContent !== value) node.textContent = value;
  }

  function setAttr(node, name, value) {
    if (value === null) {
      node.removeAttribute(name);
    } else if (node.getAttribute(name) !== value) {
      node.setAttribute(name, value);
    }
  }

  /** Puts `nodes` into `parent` in this order, moving only those out of place; focus stays. */
  function reconcile(parent, nodes) {
    const active = document.activeElement;
    const keep = new Set(nodes);
    for (const child of [...parent.children]) {
      if (!keep.has(child)) child.remove();
    }
    nodes.forEach((node, i) => {
      if (parent.children[i] !== node) parent.insertBefore(node, parent.children[i] || null);
    });
    if (active && active !== document.activeElement && parent.contains(active)) active.focus();
  }

  function renderGuidelines(changed) {
    const chartGuideline = chartTarget();
    const present = new Set(state.guidelines.map((g) => g.guideline));
    for (const name of [...guidelineRows.keys()]) {
      if (!present.has(name)) guidelineRows.delete(name);
    }
    const rows = state.guidelines.slice().sort(compare).map((g) => {
      const tr = guidelineRow(g.guideline);
      const selected = g.guideline === chartGuideline;
      setAttr(tr, 'data-all-time-total', String(num(field(g, 'allTime.total'))));
      setAttr(tr, 'aria-current', selected ? 'true' : null);
      tr.classList.toggle('selected', selected);
      COLUMNS.forEach((path, i) => {
        const td = tr.cells[i + 1];
        const value = field(g, path);
        const total = field(g, `${path.split('.')[0]}.total`);
        setAttr(td, 'data-value', String(num(value)));
        setText(td, path.endsWith('overturnRate') ? percent(value, total) : count(value));
      });
      if (changed.has(g.guideline)) {
        tr.classList.remove('changed');
        void tr.offsetWidth; // restarts the highlight
        tr.classList.add('changed');
      }
      return tr;
    });
    reconcile(ui.body, rows);

    const sums = { allTime: [0, 0, 0], window: [0, 0, 0] };
    for (const g of state.guidelines) {
      for (const group of ['allTime', 'window']) {
        sums[group][0] += num(field(g, `${group}.upheld`));
        sums[group][1] += num(field(g, `${group}.overturned`));
        sums[group][2] += num(field(g, `${group}.total`));
      }
    }
    for (const group of ['allTime', 'window']) {
      const [upheld, overturned, total] = sums[group];
      const values = { upheld, overturned, total, overturnRate: total > 0 ? overturned / total : 0 };
      for (const [name, value] of Object.entries(values)) {
        const td = ui.totals.querySelector(`[data-field="${group}.${name}"]`);
        td.textContent = name === 'overturnRate' ? percent(value, total) : count(value);
        td.setAttribute('data-value', String(value));
      }
    }
    ui.table.setAttribute('data-rows', String(rows.length));
    ui.table.setAttribute('data-total', String(sums.allTime[2]));
    ui.guidelinesEmpty.hidden = rows.length > 0;

    const w = state.window;
    ui.windowHead.textContent = w
      ? `Last ${w.days} days: ${w.start} to ${w.end}`
      : `Last ${state.windowDays} days (no dated decisions yet)`;
    ui.summary.textContent = rows.length
      ? `${count(rows.length)} guidelines · ${count(sums.allTime[2])} decisions`
        + (state.now ? ` · newest decision ${state.now}` : '')
      : '';

    for (const th of ui.table.tHead.querySelectorAll('th[data-sort]')) {
      const active = th.getAttribute('data-sort') === state.sort.key;
      th.setAttribute('aria-sort', active ? (state.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none');
      th.querySelector('.sort-indicator').textContent = active ? (state.sort.dir === 'asc' ? '▲' : '▼') : '';
    }
  }

  // ---------------------------------------------------------------- chart

  /** The guideline the chart shows: the one picked, else the one with the most decisions. */
  function chartTarget() {
    if (state.chosen && state.guidelines.some((g) => g.guideline === state.chosen)) return state.chosen;
    let best = null;
    for (const g of state.guidelines) {
      const total = num(field(g, 'allTime.total'));
      if (!best || total > best.total || (total === best.total && g.guideline < best.guideline)) {
        best = { guideline: g.guideline, total };
      }
    }
    return best ? best.guideline : null;
  }

  /** Refreshes the chart when its guideline changed, or its counts did. */
  function followChart() {
    const target = chartTarget();
    const entry = state.guidelines.find((g) => g.guideline === target);
    const version = entry ? `${field(entry, 'allTime.total')}|${entry.updatedAt}` : null;
    if (target !== state.chart.guideline || version !== state.chart.version) {
      refreshChart(target, version);
    }
  }

  async function refreshChart(guideline, version) {
    const request = ++state.chart.request;
    state.chart.guideline = guideline;
    state.chart.version = version;
    if (guideline === null) {
      drawChart(null, []);
      return;
    }
    try {
      const body = await getJson(`/api/guidelines/${encodeURIComponent(guideline)}/history`);
      if (request === state.chart.request) {
        drawChart(guideline, Array.isArray(body.days) ? body.days : []);
        problem('chart', null);
      }
    } catch (e) {
      if (request === state.chart.request) {
        state.chart.version = null; // the next refresh of the guidelines tries again
        problem('chart', e);
      }
    }
  }

  /** Days into calendar months, every month from the first to the last (empty ones without a rate). */
  function months(days) {
    const byMonth = new Map();
    for (const day of days) {
      if (!day || typeof day.date !== 'string' || !/^\d{4}-\d{2}/.test(day.date)) continue;
      const key = day.date.slice(0, 7);
      const m = byMonth.get(key) || { upheld: 0, overturned: 0, total: 0 };
      m.upheld += num(day.upheld);
      m.overturned += num(day.overturned);
      m.total += num(day.total);
      byMonth.set(key, m);
    }
    const keys = [...byMonth.keys()].sort();
    if (keys.length === 0) return [];
    const all = [];
    let [year, month] = keys[0].split('-').map(Number);
    const last = keys[keys.length - 1];
    for (;;) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const m = byMonth.get(key) || { upheld: 0, overturned: 0, total: 0 };
      all.push({ month: key, ...m, rate: m.total > 0 ? m.overturned / m.total : null });
      if (key >= last || all.length > 1200) break;
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    }
    return all;
  }

  /** The smallest of a few round maxima that holds every rate, so that low rates stay readable. */
  function yMax(series) {
    const top = Math.max(0, ...series.filter((m) => m.rate !== null).map((m) => m.rate));
    return [0.1, 0.2, 0.25, 0.5, 0.75, 1].find((max) => top <= max) || 1;
  }

  function drawChart(guideline, days) {
    const chart = ui.chart;
    const series = months(days);
    const points = series.filter((m) => m.rate !== null);
    const W = 640;
    const H = 340;
    const pad = { left: 56, right: 30, top: 30, bottom: 52 };
    const plotW = W - pad.left - pad.right;
    const plotH = H - pad.top - pad.bottom;

    const title = guideline === null
      ? 'Overturn rate per month'
      : `Overturn rate per month: ${guideline}`;
    let desc;
    if (guideline === null) {
      desc = 'No guideline has decisions yet.';
    } else if (points.length === 0) {
      desc = 'No dated decisions for this guideline yet.';
    } else {
      const total = points.reduce((s, m) => s + m.total, 0);
      const overturned = points.reduce((s, m) => s + m.overturned, 0);
      desc = `${points.length} months with decisions, ${monthLabel(series[0].month, true)} to `
        + `${monthLabel(series[series.length - 1].month, true)}; ${count(overturned)} of ${count(total)} `
        + `decisions overturned (${percent(overturned / total, total)}).`;
    }
    const nodes = [svg('title', { id: 'chart-title' }, title), svg('desc', { id: 'chart-desc' }, desc)];
    chart.setAttribute('data-guideline', guideline === null ? '' : guideline);
    chart.setAttribute('data-points', String(points.length));
    ui.chartGuideline.textContent = guideline === null
      ? 'No data yet'
      : `${guideline}${state.chosen === guideline ? '' : ' · most decisions; select a row to chart another'}`;

    if (points.length === 0) {
      nodes.push(svg('text', { x: W / 2, y: H / 2, class: 'chart-empty', 'text-anchor': 'middle' },
        guideline === null ? 'No decisions yet' : 'No dated decisions for this guideline yet'));
      chart.replaceChildren(...nodes);
      return;
    }

    const max = yMax(series);
    const x = (i) => pad.left + (series.length === 1 ? plotW / 2 : (i * plotW) / (series.length - 1));
    const y = (rate) => pad.top + plotH - (rate / max) * plotH;

    const grid = svg('g', { class: 'grid', 'aria-hidden': 'true' });
    const ticks = 5;
    for (let t = 0; t <= ticks; t++) {
      const rate = (max * t) / ticks;
      const yy = y(rate);
      grid.appendChild(svg('line', { x1: pad.left, x2: W - pad.right, y1: yy, y2: yy, class: t === 0 ? 'axis' : 'gridline' }));
      grid.appendChild(svg('text', { x: pad.left - 8, y: yy + 4, 'text-anchor': 'end', class: 'tick' },
        `${Math.round(rate * 1000) / 10}%`));
    }
    // Month labels on round months (every month, quarter, half year, year, ...), at most nine.
    const step = [1, 2, 3, 6, 12, 24, 60, 120].find((n) => series.length / n <= 9) || 120;
    series.forEach((m, i) => {
      const [year, month] = m.month.split('-').map(Number);
      if (((year * 12) + month - 1) % step !== 0) return;
      grid.appendChild(svg('line', { x1: x(i), x2: x(i), y1: pad.top + plotH, y2: pad.top + plotH + 5, class: 'axis' }));
      grid.appendChild(svg('text', { x: x(i), y: pad.top + plotH + 20, 'text-anchor': 'middle', class: 'tick' },
        monthLabel(m.month, false)));
    });
    grid.appendChild(svg('text', {
      x: 14, y: pad.top + plotH / 2, class: 'axis-title', 'text-anchor': 'middle',
      transform: `rotate(-90 14 ${pad.top + plotH / 2})`,
    }, 'Overturn rate'));
    grid.appendChild(svg('text', { x: pad.left + plotW / 2, y: H - 8, class: 'axis-title', 'text-anchor': 'middle' },
      'Month of decision'));
    nodes.push(grid);

    // Pale bars: how many decisions each month had, so that a rate over few decisions reads as such.
    const most = Math.max(...series.map((m) => m.total));
    const barWidth = Math.max(2, Math.min(24, (plotW / series.length) * 0.6));
    const bars = svg('g', { class: 'bars', 'aria-hidden': 'true' });
    series.forEach((m, i) => {
      if (m.total === 0) return;
      const height = (m.total / most) * plotH * 0.3;
      bars.appendChild(svg('rect', {
        x: (x(i) - barWidth / 2).toFixed(1), y: (pad.top + plotH - height).toFixed(1),
        width: barWidth.toFixed(1), height: height.toFixed(1), class: 'bar',
      }));
    });
    nodes.push(bars);

    const legend = svg('g', { class: 'legend-box', 'aria-hidden': 'true' });
    const lx = W - pad.right - 330;
    legend.appendChild(svg('line', { x1: lx, x2: lx + 18, y1: 12, y2: 12, class: 'legend-line' }));
    legend.appendChild(svg('text', { x: lx + 24, y: 16, class: 'legend' }, 'overturn rate'));
    legend.appendChild(svg('rect', { x: lx + 120, y: 6, width: 10, height: 12, class: 'bar' }));
    legend.appendChild(svg('text', { x: lx + 136, y: 16, class: 'legend' },
      `decisions per month (most: ${count(most)})`));
    nodes.push(legend);

    // The line joins consecutive months only: a month without decisions leaves a gap.
    let d = '';
    let previous = false;
    series.forEach((m, i) => {
      if (m.rate === null) {
        previous = false;
        return;
      }
      d += `${previous ? 'L' : 'M'}${x(i).toFixed(1)},${y(m.rate).toFixed(1)}`;
      previous = true;
    });
    nodes.push(svg('path', { d, class: 'line', 'aria-hidden': 'true' }));

    const dots = svg('g', { class: 'points' });
    series.forEach((m, i) => {
      if (m.rate === null) return;
      const dot = svg('circle', {
        cx: x(i).toFixed(1), cy: y(m.rate).toFixed(1), r: 4, class: 'point',
        'data-month': m.month, 'data-total': m.total, 'data-overturned': m.overturned,
      });
      dot.appendChild(svg('title', {},
        `${monthLabel(m.month, true)}: ${percent(m.rate, m.total)} overturned (${count(m.overturned)} of ${count(m.total)})`));
      dots.appendChild(dot);
    });
    nodes.push(dots);
    chart.replaceChildren(...nodes);
  }

  function choose(guideline) {
    if (!guideline) return;
    state.chosen = guideline;
    renderGuidelines(new Set());
    followChart();
  }

  // ---------------------------------------------------------------- latest decisions

  /** The API's order: newest decision date first (undated last), then decision id, descending. */
  function newestFirst(a, b) {
    const da = a.decisionDate || '';
    const db = b.decisionDate || '';
    if (da !== db) return da < db ? 1 : -1;
    return a.decisionId < b.decisionId ? 1 : a.decisionId > b.decisionId ? -1 : 0;
  }

  function mergeDecisions(incoming) {
    const byId = new Map(state.decisions.map((d) => [d.decisionId, d]));
    for (const d of incoming) {
      if (d && typeof d.decisionId === 'string') byId.set(d.decisionId, d);
    }
    state.decisions = [...byId.values()].sort(newestFirst).slice(0, DECISIONS_LIMIT);
  }

  async function refreshDecisions() {
    try {
      const body = await getJson(`/api/decisions?limit=${DECISIONS_LIMIT}`);
      const latest = Array.isArray(body.decisions) ? body.decisions : [];
      // Merged, not replaced: a decision that arrived live after the answer was made stays.
      mergeDecisions(latest);
      renderDecisions();
      problem('decisions', null);
    } catch (e) {
      problem('decisions', e);
      setTimeout(scheduleDecisions, RETRY_MS);
    }
  }

  const scheduleDecisions = debounce(refreshDecisions, REFRESH_DEBOUNCE_MS);
  const scheduleDecisionsRender = debounce(renderDecisions, 50);

  function onDecision(data) {
    if (!data || typeof data.decisionId !== 'string') return;
    if (data.retracted === true) {
      const before = state.decisions.length;
      state.decisions = state.decisions.filter((d) => d.decisionId !== data.decisionId);
      if (state.decisions.length !== before) {
        scheduleDecisionsRender();
        scheduleDecisions(); // fill the place it left
      }
      return;
    }
    state.fresh.add(data.decisionId);
    mergeDecisions([data]);
    scheduleDecisionsRender();
  }

  const decisionRows = new Map();

  function renderDecisions() {
    const shown = new Set(state.decisions.map((d) => d.decisionId));
    for (const id of [...decisionRows.keys()]) {
      if (!shown.has(id)) decisionRows.delete(id);
    }
    const rows = state.decisions.map((d) => {
      let tr = decisionRows.get(d.decisionId);
      if (!tr) {
        tr = el('tr', { 'data-decision-id': d.decisionId, class: state.fresh.has(d.decisionId) ? 'fresh' : null });
        for (const name of ['item', 'outcome', 'guideline', 'date']) tr.appendChild(el('td', { class: name }));
        decisionRows.set(d.decisionId, tr);
      }
      const outcome = typeof d.outcome === 'string' ? d.outcome : '';
      const known = outcome === 'UPHELD' || outcome === 'OVERTURNED';
      setAttr(tr, 'data-outcome', outcome);
      const [item, verdict, guideline, date] = tr.cells;
      setText(item, text(d.item, '(no item)'));
      setText(verdict, known ? outcome.charAt(0) + outcome.slice(1).toLowerCase() : text(outcome, '?'));
      verdict.classList.toggle('upheld', outcome === 'UPHELD');
      verdict.classList.toggle('overturned', outcome === 'OVERTURNED');
      setText(guideline, text(d.guideline, '(none)'));
      setText(date, text(d.decisionDate, 'undated'));
      return tr;
    });
    state.fresh.clear();
    reconcile(ui.decisionsBody, rows);
    ui.decisions.setAttribute('data-rows', String(rows.length));
    ui.decisionsEmpty.hidden = rows.length > 0;
  }

  // ---------------------------------------------------------------- live updates

  let source = null;
  let everOpen = false;

  function connect() {
    source = new EventSource('/api/events');
    source.addEventListener('open', () => {
      const again = everOpen || state.connection === 'reconnecting';
      everOpen = true;
      state.connection = 'live';
      renderStatus();
      if (again) {
        // Whatever changed while disconnected was not sent: read it all again.
        scheduleGuidelines();
        scheduleDecisions();
      }
    });
    source.addEventListener('error', () => {
      state.connection = 'reconnecting';
      renderStatus();
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (e.g. an error status): start over after a pause.
        source.close();
        setTimeout(connect, RETRY_MS);
      }
    });
    source.addEventListener('guideline', () => {
      state.events += 1;
      renderStatus();
      // Windows move with the newest date of all guidelines: ask for every guideline again.
      scheduleGuidelines();
    });
    source.addEventListener('decision', (event) => {
      state.events += 1;
      renderStatus();
      let data = null;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      onDecision(data);
    });
  }

  // ---------------------------------------------------------------- wiring

  ui.table.tHead.addEventListener('click', (event) => {
    const th = event.target.closest('th[data-sort]');
    if (!th) return;
    const key = th.getAttribute('data-sort');
    if (state.sort.key === key) {
      state.sort.dir = state.sort.dir === 'asc' ? 'desc' : 'asc';
    } else {
      state.sort = { key, dir: key === 'guideline' ? 'asc' : 'desc' };
    }
    renderGuidelines(new Set());
  });

  ui.body.addEventListener('click', (event) => {
    const tr = event.target.closest('tr[data-guideline]');
    if (tr) choose(tr.getAttribute('data-guideline'));
  });

  ui.body.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const tr = event.target.closest('tr[data-guideline]');
    if (!tr) return;
    event.preventDefault();
    choose(tr.getAttribute('data-guideline'));
  });

  ui.windowDays.addEventListener('change', () => {
    const days = Number(ui.windowDays.value);
    if (Number.isInteger(days) && days > 0) {
      state.windowDays = days;
      refreshGuidelines();
    }
  });
  state.windowDays = Number(ui.windowDays.value) || 30;

  renderStatus();
  connect();
  refreshGuidelines();
  refreshDecisions();
})();
