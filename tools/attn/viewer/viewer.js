// attn viewer: asks attn serve for a model's attention over a text (POST /api/attention,
// docs/viewer.md) and draws it: a strip of tokens and a heatmap on a canvas. Hovering
// a token or a cell highlights what it attends to (blue) and what attends to it (orange).
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const state = {
    models: [],
    reply: null,              // the last answer of /api/attention
    focus: { row: null, col: null },
    geometry: null,           // where the heatmap's cells are on the canvas
  };

  // The colour scale of attn show: white at 0 through blues to navy at the maximum.
  const STOPS = [[255, 255, 255], [202, 222, 240], [116, 169, 212], [40, 110, 178], [10, 45, 105]];
  function colour(value, vmax) {
    if (value === null || Number.isNaN(value)) return "rgb(200,200,200)";
    const t = Math.min(Math.max(vmax > 0 ? value / vmax : 0, 0), 1) * (STOPS.length - 1);
    const i = Math.min(Math.floor(t), STOPS.length - 2), f = t - i;
    const c = STOPS[i].map((a, k) => Math.round(a + (STOPS[i + 1][k] - a) * f));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = !message;
  }

  function selectedModel() {
    return state.models.find((m) => m.name === $("model").value);
  }

  function onModelChange() {
    const m = selectedModel();
    if (!m) return;
    $("new-tokens-field").hidden = m.kind !== "gpt";
    $("beam-field").hidden = m.kind !== "nmt";
    if (m.kind === "gpt") $("new-tokens").max = m.max_new_tokens;
    if (m.kind === "nmt") $("beam").max = m.max_beam;
    $("text").placeholder = m.kind === "gpt" ? "In the beginning" : "En el principio creó Dios los cielos y la tierra.";
  }

  async function loadModels() {
    try {
      const res = await fetch("/api/models");
      const body = await res.json();
      if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
      state.models = body.models;
      const select = $("model");
      select.replaceChildren(...state.models.map((m) => new Option(`${m.name} (${m.kind})`, m.name)));
      onModelChange();
      document.body.dataset.state = "idle";
    } catch (err) {
      showError(`Cannot list the models: ${err.message}`);
      document.body.dataset.state = "error";
    }
  }

  async function submit(event) {
    event.preventDefault();
    const m = selectedModel();
    if (!m) return;
    const request = { model: m.name, text: $("text").value };
    if (m.kind === "gpt") request.max_new_tokens = Number($("new-tokens").value);
    if (m.kind === "nmt") request.beam = Number($("beam").value);
    document.body.dataset.state = "busy";
    $("submit").disabled = true;
    try {
      const res = await fetch("/api/attention", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
      showError("");
      state.reply = body;
      state.focus = { row: null, col: null };
      setupControls();
      render();
      document.body.dataset.state = "ready";
    } catch (err) {
      showError(err.message);
      document.body.dataset.state = "error";
    } finally {
      $("submit").disabled = false;
    }
  }

  function setupControls() {
    const r = state.reply;
    const gpt = r.kind === "gpt";
    $("output-label").textContent = gpt ? "Continuation" : "Translation";
    $("output").textContent = r.output;
    for (const id of ["layer-field", "head-field", "mode-field"]) $(id).hidden = !gpt;
    $("unit-field").hidden = gpt;
    $("source-row").hidden = gpt;
    $("row-strip-name").textContent = gpt ? "tokens" : "target";
    if (gpt) {
      const layer = $("layer");
      layer.replaceChildren(...Array.from({ length: r.layers }, (_, l) => new Option(String(l), String(l))));
      layer.value = String(r.layers - 1);
      const head = $("head");
      head.replaceChildren(new Option("average", "avg"),
                           ...Array.from({ length: r.heads }, (_, h) => new Option(String(h), String(h))));
    }
    $("result").hidden = false;
  }

  function mode() { return document.querySelector("input[name=mode]:checked").value; }
  function unit() { return document.querySelector("input[name=unit]:checked").value; }

  // The matrix on show: rows attend to columns.
  function currentMatrix() {
    const r = state.reply;
    if (r.kind === "nmt") {
      const words = unit() === "words";
      return {
        values: words ? r.word_alignment : r.alignment,
        rows: words ? r.words.target : r.target_tokens,
        cols: words ? r.words.source : r.source_tokens,
        caption: `Rows: target ${words ? "words" : "pieces"} of the translation; columns: source ${
          words ? "words" : "pieces"}. A row is where the decoder looked while writing that token.`,
      };
    }
    const l = Number($("layer").value);
    const head = $("head").value;
    $("head").disabled = mode() === "rollout";
    let values, what;
    if (mode() === "rollout") {
      values = r.rollout[l];
      what = `Attention rollout through layer ${l} (heads averaged, residual added, layers multiplied)`;
    } else if (head === "avg") {
      const heads = r.attention[l];
      values = heads[0].map((row, t) => row.map((_, s) => heads.reduce((sum, h) => sum + h[t][s], 0) / heads.length));
      what = `Layer ${l}, heads averaged`;
    } else {
      values = r.attention[l][Number(head)];
      what = `Layer ${l}, head ${head}`;
    }
    return { values, rows: r.tokens, cols: r.tokens,
             caption: `${what}. Row: the token attending (query); column: the token attended to (key).` };
  }

  function tokenSpan(text, index, axis, generated) {
    const span = document.createElement("span");
    span.className = "token" + (generated ? " generated" : "");
    span.textContent = text;
    span.dataset.index = String(index);
    span.dataset.axis = axis;
    span.addEventListener("mouseenter", () => {
      setFocus(axis === "both" ? { row: index, col: index } : axis === "row" ? { row: index, col: null }
                                                                              : { row: null, col: index });
    });
    span.addEventListener("mouseleave", () => setFocus({ row: null, col: null }));
    return span;
  }

  function render() {
    const r = state.reply;
    const m = currentMatrix();
    if (r.kind === "gpt") {
      $("tokens").replaceChildren(...m.rows.map((t, i) => tokenSpan(t, i, "both", i >= r.prompt_length)));
    } else {
      $("tokens").replaceChildren(...m.rows.map((t, i) => tokenSpan(t, i, "row", false)));
      $("source-tokens").replaceChildren(...m.cols.map((t, i) => tokenSpan(t, i, "col", false)));
    }
    $("caption").textContent = m.caption;
    drawHeatmap(m);
    applyFocus();
  }

  function setFocus(focus) {
    state.focus = focus;
    applyFocus();
  }

  // Blue on the tokens the focused row attends to, orange under the tokens that attend
  // to the focused column, each relative to its largest weight.
  function applyFocus() {
    if (!state.reply) return;
    const m = currentMatrix();
    const { row, col } = state.focus;
    const gpt = state.reply.kind === "gpt";
    const rowSpans = [...$("tokens").children];
    const colSpans = gpt ? rowSpans : [...$("source-tokens").children];
    for (const s of [...rowSpans, ...colSpans]) {
      s.style.backgroundColor = "";
      s.style.borderBottomColor = "";
      s.classList.remove("focus");
    }
    if (row !== null && m.values[row]) {
      const weights = m.values[row];
      const top = Math.max(...weights, 1e-9);
      weights.forEach((w, j) => {
        if (colSpans[j] && w > 0) colSpans[j].style.backgroundColor = `rgba(var(--attends), ${(0.85 * w / top).toFixed(3)})`;
      });
      if (rowSpans[row]) rowSpans[row].classList.add("focus");
    }
    if (col !== null) {
      const weights = m.values.map((r) => r[col]);
      const top = Math.max(...weights, 1e-9);
      weights.forEach((w, i) => {
        if (rowSpans[i] && w > 0) rowSpans[i].style.borderBottomColor = `rgba(var(--attended), ${(w / top).toFixed(3)})`;
      });
      if (colSpans[col]) colSpans[col].classList.add("focus");
    }
    const canvas = $("heatmap");
    canvas.dataset.focusRow = row === null ? "" : String(row);
    canvas.dataset.focusCol = col === null ? "" : String(col);
    drawHeatmap(m);
  }

  // The heatmap: cells sized to the length, row labels on the left, column labels
  // below (rotated when wider than a cell, thinned when cells are shorter than a line).
  function drawHeatmap(m) {
    const canvas = $("heatmap");
    const ctx = canvas.getContext("2d");
    const rows = m.values.length, cols = m.cols.length;
    const cell = Math.max(4, Math.min(36, Math.floor(560 / Math.max(rows, cols, 1))));
    const font = '12px "DejaVu Sans", Verdana, sans-serif';
    ctx.font = font;
    const line = 16;
    const step = Math.max(1, Math.ceil(line / cell));
    const rowW = Math.max(0, ...m.rows.filter((_, i) => i % step === 0).map((t) => ctx.measureText(t).width));
    const colW = Math.max(0, ...m.cols.map((t) => ctx.measureText(t).width));
    const upward = colW + 4 > cell;
    const colStep = upward ? step : 1;
    const left = Math.ceil(rowW) + 10, top = 10;
    const plotW = cols * cell, plotH = rows * cell;
    const below = upward ? Math.ceil(colW) + 10 : line + 6;
    let vmax = 0;
    for (const r of m.values) for (const v of r) if (v > vmax) vmax = v;
    if (vmax <= 0) vmax = 1;
    const barX = left + plotW + 24, barH = Math.max(100, Math.min(240, plotH));
    const width = barX + 14 + 8 + Math.ceil(ctx.measureText(vmax.toPrecision(3)).width) + 10;
    const height = Math.max(top + plotH + below, top + barH + line) + 10;

    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.ceil(width * dpr);
    canvas.height = Math.ceil(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, width, height);
    for (let i = 0; i < rows; ++i)
      for (let j = 0; j < cols; ++j) {
        ctx.fillStyle = colour(m.values[i][j], vmax);
        ctx.fillRect(left + j * cell, top + i * cell, cell, cell);
      }
    ctx.strokeStyle = "#787878";
    ctx.lineWidth = 1;
    ctx.strokeRect(left - 0.5, top - 0.5, plotW + 1, plotH + 1);

    ctx.font = font;
    ctx.fillStyle = "#222";
    ctx.textBaseline = "middle";
    ctx.textAlign = "right";
    for (let i = 0; i < rows; i += step) ctx.fillText(m.rows[i], left - 6, top + i * cell + cell / 2);
    for (let j = 0; j < cols; j += colStep) {
      const x = left + j * cell + cell / 2;
      if (upward) {
        ctx.save();
        ctx.translate(x, top + plotH + 6);
        ctx.rotate(-Math.PI / 2);
        ctx.textAlign = "right";
        ctx.fillText(m.cols[j], 0, 0);
        ctx.restore();
      } else {
        ctx.textAlign = "center";
        ctx.fillText(m.cols[j], x, top + plotH + 6 + line / 2);
      }
    }

    // The colour bar and its three values.
    for (let y = 0; y < barH; ++y) {
      ctx.fillStyle = colour(vmax * (barH - 1 - y) / (barH - 1), vmax);
      ctx.fillRect(barX, top + y, 14, 1);
    }
    ctx.strokeRect(barX - 0.5, top - 0.5, 15, barH + 1);
    ctx.fillStyle = "#222";
    ctx.textAlign = "left";
    for (const t of [0, 0.5, 1]) {
      const y = top + barH - 1 - t * (barH - 1);
      ctx.fillText(t === 0 ? "0" : (t * vmax).toPrecision(3), barX + 20, y);
    }

    // The focus: the row in blue, the column in orange.
    const { row, col } = state.focus;
    ctx.lineWidth = 2;
    if (row !== null && row < rows) {
      ctx.strokeStyle = "rgb(40,110,178)";
      ctx.strokeRect(left - 1, top + row * cell - 1, plotW + 2, cell + 2);
    }
    if (col !== null && col < cols) {
      ctx.strokeStyle = "rgb(214,110,20)";
      ctx.strokeRect(left + col * cell - 1, top - 1, cell + 2, plotH + 2);
    }
    state.geometry = { left, top, cell, rows, cols };
  }

  function onCanvasMove(event) {
    const g = state.geometry;
    const tip = $("tooltip");
    if (!g || !state.reply) return;
    const box = event.target.getBoundingClientRect();
    const x = event.clientX - box.left, y = event.clientY - box.top;
    const j = Math.floor((x - g.left) / g.cell), i = Math.floor((y - g.top) / g.cell);
    if (i < 0 || j < 0 || i >= g.rows || j >= g.cols) {
      tip.hidden = true;
      return;
    }
    const m = currentMatrix();
    tip.textContent = `${m.rows[i]} → ${m.cols[j]}: ${m.values[i][j].toFixed(4)}`;
    tip.style.left = `${x + 14}px`;
    tip.style.top = `${y + 10}px`;
    tip.hidden = false;
    if (state.focus.row !== i || state.focus.col !== j) setFocus({ row: i, col: j });
  }

  function onCanvasLeave() {
    $("tooltip").hidden = true;
    setFocus({ row: null, col: null });
  }

  $("query").addEventListener("submit", submit);
  $("model").addEventListener("change", onModelChange);
  for (const id of ["layer", "head"]) $(id).addEventListener("change", () => state.reply && render());
  for (const input of document.querySelectorAll("input[name=mode], input[name=unit]"))
    input.addEventListener("change", () => state.reply && render());
  $("heatmap").addEventListener("mousemove", onCanvasMove);
  $("heatmap").addEventListener("mouseleave", onCanvasLeave);
  loadModels();
})();
