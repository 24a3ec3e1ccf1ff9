/*
 * One compose box being watched: reads its text after every change (MutationObserver, or the
 * value of a textarea), keeps the underlines on their characters while the user types, asks
 * the background for a lint once typing pauses, and draws the answer. It only ever reads the
 * editor: no nodes, attributes, focus or selection changes, and nothing during IME composition.
 */
(function (ns) {
  "use strict";

  /** Pause after the last keystroke before asking; with the round trip, hints land in ≤300 ms. */
  const DEBOUNCE_MS = 200;
  /** Earliest retry after "not connected" (the background's backoff decides the rest). */
  const MIN_RETRY_MS = 1000;

  let lastId = 0;

  const inside = (rect, x, y) =>
    x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

  /**
   * context: {overlay, painter, tooltip, platform, settings(), send(message), openOptions(),
   * explain(finding), changed(session)}.
   */
  class EditorSession {
    constructor(element, context) {
      this.element = element;
      this.context = context;
      this.id = `e${++lastId}`;
      this.isTextarea = element instanceof HTMLTextAreaElement;
      this.text = "";
      this.segments = [];
      this.marks = []; // span findings {start, end, finding}, UTF-16 offsets into this.text
      this.postFindings = [];
      this.ignored = new Set();
      this.state = "empty";
      this.reason = "";
      this.score = null;
      this.band = "";
      this.lintedText = null;
      this.inflight = false;
      this.composing = false;
      this.requests = 0; // lint requests sent
      this.answers = 0; // answers drawn (a stale or dropped one is not)
      this.frame = 0;
      this.dirty = false;
      this.stopped = false;
      this.settingsVersion = 0;
      this.painted = [];
      this.lintTimer = 0;
      this.retryTimer = 0;
      this.rects = null;
      this.report = null;
      this.drawnWidth = 0;
      this.root = element.getRootNode();
      this.theme = ns.theme.themeOf(element);
      this.compose = null; // compose.find(): looked up again on every tick
      this.mirror = this.isTextarea ? ns.mirror.create(element, context.overlay) : null;
      this.badge = ns.badge.create(context.overlay, { openOptions: context.openOptions });
      this.onLayout = () => this.schedule(false);
      this.mutations = new MutationObserver(() => this.schedule(true));
      this.resizes = new ResizeObserver(this.onLayout);
    }

    start() {
      if (!this.isTextarea) {
        this.mutations.observe(this.element, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      }
      this.resizes.observe(this.element);
      if (this.root instanceof ShadowRoot) {
        ns.highlighter.adoptLines(this.root);
        this.root.addEventListener("scroll", this.onLayout, { capture: true, passive: true });
      }
      this.refresh(true);
    }

    stop() {
      this.mutations.disconnect();
      this.resizes.disconnect();
      if (this.root instanceof ShadowRoot) {
        this.root.removeEventListener("scroll", this.onLayout, { capture: true });
      }
      cancelAnimationFrame(this.frame);
      clearTimeout(this.lintTimer);
      clearTimeout(this.retryTimer);
      this.context.painter.remove(this.id);
      this.badge.remove();
      this.mirror?.remove();
      this.stopped = true;
    }

    /** Re-reads (textChanged) and redraws on the next frame, once however many changes came. */
    schedule(textChanged) {
      this.rects = null;
      this.dirty ||= textChanged;
      if (!this.frame) {
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.refresh(this.dirty);
        });
      }
    }

    compositionStarted() {
      this.composing = true;
      clearTimeout(this.lintTimer);
    }

    /**
     * Catches up after a composition: re-reads and redraws on the next frame, and asks for the
     * text if its answer is missing: a lint was pending, an answer was dropped mid-composition,
     * or the settings changed. A cancelled composition leaves the text as it was, so re-reading
     * alone would not ask again.
     */
    compositionEnded() {
      this.composing = false;
      this.schedule(true);
      this.scheduleLint();
    }

    /** Called on a timer: notices programmatic textarea changes; false once the editor is gone. */
    tick() {
      if (!this.element.isConnected) return false;
      this.compose = null; // the page may have changed around the editor
      this.theme = ns.theme.themeOf(this.element);
      if (this.isTextarea && this.element.value !== this.text) this.schedule(true);
      else this.schedule(false);
      return true;
    }

    /** Re-reads and redraws after an edit; only repositions after a layout change. */
    refresh(readText) {
      if (this.composing) return;
      this.dirty = false;
      if (readText) {
        this.read();
        this.draw();
      } else if (this.element.clientWidth !== this.drawnWidth) {
        this.draw(); // lines wrap elsewhere now (see ranges())
      }
      this.place();
    }

    read() {
      let text;
      if (this.isTextarea) {
        text = this.mirror.sync();
        this.segments = text ? [{ node: this.mirror.text, start: 0, end: text.length }] : [];
      } else {
        ({ text, segments: this.segments } = ns.offsets.buildText(this.element));
      }
      if (text === this.text) return;
      if (!text.trim()) this.ignored.clear(); // emptied or posted: "Ignore" was for that draft
      this.marks = ns.offsets.rebase(this.marks, this.text, text);
      this.text = text;
      this.scheduleLint();
    }

    visibleMarks() {
      const disabled = new Set(this.context.settings().disabledRules);
      return this.marks.filter(
        (mark) => !disabled.has(mark.finding.code) && !this.ignored.has(this.keyOf(mark)),
      );
    }

    visiblePostFindings() {
      const disabled = new Set(this.context.settings().disabledRules);
      return this.postFindings.filter(
        (finding) => !disabled.has(finding.code) && !this.ignored.has(this.keyOf({ finding })),
      );
    }

    /** What "Ignore" remembers for this draft: the rule and the characters (or the message). */
    keyOf(mark) {
      const what =
        mark.start === undefined
          ? `post:${mark.finding.message}`
          : this.text.slice(mark.start, mark.end);
      return `${mark.finding.code}\u0000${what}`;
    }

    draw() {
      const painted = [];
      const marks = this.visibleMarks();
      const styles = ns.highlighter.styleMarks(marks);
      this.styles = new Map(marks.map((mark, index) => [mark, styles[index]]));
      marks.forEach((mark, index) => {
        const ranges = this.ranges(mark);
        if (ranges.length) {
          painted.push({ severity: mark.finding.severity, style: styles[index], ranges, mark });
        }
      });
      this.painted = painted;
      this.drawnWidth = this.element.clientWidth;
      this.rects = null;
      ns.highlighter.adoptLines(document);
      this.context.painter.set(this.id, painted);
      this.context.tooltip.forget(
        this.element,
        new Set(painted.map(({ mark }) => this.markKey(mark))),
      );
      this.badge.update(this.view());
      this.context.changed(this);
    }

    /**
     * StaticRanges for a mark: one, or one per line when the marked words wrap, leaving out the
     * spaces at the wrap (pre-wrap editors keep them at the line's end, where an underline
     * would be a stray squiggle past the last word).
     */
    ranges(mark) {
      const pieces = [];
      let start = mark.start;
      const gaps = /\s+/g;
      gaps.lastIndex = mark.start;
      for (
        let gap = gaps.exec(this.text);
        gap && gap.index < mark.end;
        gap = gaps.exec(this.text)
      ) {
        const end = gap.index + gap[0].length;
        if (gap.index > start && end < mark.end && this.wrapsAt(gap.index, end)) {
          pieces.push([start, gap.index]);
          start = end;
        }
      }
      pieces.push([start, mark.end]);
      return pieces
        .map(([from, to]) => ns.offsets.locate(this.segments, from, to))
        .filter(Boolean)
        .map(ns.highlighter.staticRange);
    }

    /** Whether the line wraps inside the spaces start..end (the next word is lower down). */
    wrapsAt(start, end) {
      const box = (from, to) => {
        const located = ns.offsets.locate(this.segments, from, to);
        if (!located) return null;
        const range = document.createRange();
        range.setStart(located.startNode, located.startOffset);
        range.setEnd(located.endNode, located.endOffset);
        return range.getBoundingClientRect();
      };
      const before = box(start - 1, start);
      const after = box(end, end + 1);
      return Boolean(before && after && after.top >= before.bottom - 1);
    }

    markKey(mark) {
      return `${this.id}:${mark.start}:${mark.end}:${mark.finding.code}`;
    }

    place() {
      this.mirror?.place();
      ns.highlighter.useTheme(this.theme.name);
      this.badge.place(this.scene(), this.theme);
    }

    /** Where the editor and its compose box's controls are now (see compose.js). */
    scene() {
      this.compose ??= ns.compose.find(this.element);
      return ns.compose.measure(this.compose);
    }

    view() {
      const item = (mark) => ({
        finding: mark.finding,
        excerpt: mark.start === undefined ? "" : this.text.slice(mark.start, mark.end),
        actions: this.actionsFor(mark, mark.start !== undefined),
        style: this.styles?.get(mark) ?? "",
      });
      const disabled = this.context.settings().disabledRules;
      return {
        state: this.text.trim() ? this.state : "empty",
        score: this.score,
        band: this.band,
        reason: this.reason,
        strengths: this.report ? ns.praise.strengths(this.report, disabled) : [],
        postItems: this.visiblePostFindings().map((finding) => item({ finding })),
        spanItems: this.visibleMarks().map(item),
      };
    }

    /** What a card can do for a mark; locatable: it can point at the mark in the text. */
    actionsFor(mark, locatable = false) {
      const actions = {
        explain: () => this.context.explain(mark.finding),
        ignore: () => this.ignore(mark),
      };
      if (locatable) actions.show = (withKeyboard) => this.showMark(mark, withKeyboard);
      return actions;
    }

    /** Opens the tooltip on a mark (the panel's "Show in text"). */
    showMark(mark, withKeyboard) {
      const index = this.painted.findIndex((entry) => entry.mark === mark);
      if (index === -1) return;
      this.badge.hide();
      const boxes = this.liveRects()[index];
      if (!boxes.length) return;
      const [x, y] = [(boxes[0].left + boxes[0].right) / 2, (boxes[0].top + boxes[0].bottom) / 2];
      const found = this.marksAt(x, y);
      if (found) this.context.tooltip.present(found, withKeyboard);
    }

    ignore(mark) {
      this.ignored.add(this.keyOf(mark));
      this.draw();
    }

    /** The boxes of each painted mark on screen (cached until the next draw or layout). */
    liveRects() {
      this.rects ??= this.painted.map(({ ranges }) =>
        ranges.flatMap((range) => {
          const live = document.createRange();
          try {
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
          } catch {
            return [];
          }
          return Array.from(live.getClientRects());
        }),
      );
      return this.rects;
    }

    /**
     * Every underline under the point, for the tooltip: {hits, editor, scene(), palette} or
     * null. Hits are in text order, the widest first where several start together.
     */
    marksAt(x, y) {
      if (!this.painted.length || !inside(this.element.getBoundingClientRect(), x, y)) return null;
      const rects = this.liveRects();
      const hits = [];
      this.painted.forEach(({ mark, style }, index) => {
        const rect = rects[index].find((box) => inside(box, x, y));
        if (!rect) return;
        hits.push({
          key: this.markKey(mark),
          rect,
          finding: mark.finding,
          excerpt: this.text.slice(mark.start, mark.end),
          actions: this.actionsFor(mark),
          style,
          order: [mark.start, -mark.end],
        });
      });
      if (!hits.length) return null;
      hits.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
      return {
        hits,
        editor: this.element,
        scene: () => this.scene(),
        palette: this.theme.palette,
      };
    }

    scheduleLint(delay = DEBOUNCE_MS) {
      clearTimeout(this.lintTimer);
      this.lintTimer = setTimeout(() => this.lint(), delay);
    }

    /** Asks again (rules or platform changed): an answer already on its way is stale. */
    relint(platform) {
      this.context.platform = platform;
      this.lintedText = null;
      this.settingsVersion += 1;
      if (this.composing) return; // compositionEnded redraws and asks
      this.draw();
      this.scheduleLint(0);
    }

    async lint() {
      if (this.composing || this.inflight || this.stopped) return;
      const text = this.text;
      const settingsVersion = this.settingsVersion;
      if (text === this.lintedText) return;
      if (!text.trim()) {
        this.marks = [];
        this.postFindings = [];
        this.report = null;
        this.lintedText = text; // nothing to say about an empty draft
        this.draw();
        return;
      }
      clearTimeout(this.retryTimer);
      this.inflight = true;
      this.requests += 1;
      if (this.state === "empty") this.state = "pending";
      this.context.changed(this);
      const answer = await this.context.send({
        kind: ns.protocol.LINT,
        editor: this.id,
        text,
        platform: this.context.platform,
      });
      this.inflight = false;
      this.context.changed(this);
      if (this.stopped || answer?.state === ns.protocol.STATE.SUPERSEDED) return;
      // Mid-composition the editor is off limits and this.text is not current: drop the
      // answer; compositionEnded asks again.
      if (this.composing) return;
      if (text !== this.text || settingsVersion !== this.settingsVersion) {
        this.scheduleLint(); // a stale answer: the draft or the settings moved on
        return;
      }
      this.answers += 1;
      this.apply(answer ?? {}, text);
    }

    apply(answer, text) {
      const { STATE } = ns.protocol;
      if (answer.state !== STATE.OK) {
        this.state = answer.state ?? STATE.NOT_CONNECTED;
        this.reason = answer.reason ?? "";
        this.report = null;
        this.marks = [];
        this.postFindings = [];
        this.lintedText = null;
        if (this.state === STATE.NOT_CONNECTED) {
          const delay = Math.max(MIN_RETRY_MS, answer.retryIn ?? 0);
          this.retryTimer = setTimeout(() => this.lint(), delay);
        }
        this.draw();
        return;
      }
      const { report } = answer;
      const findings = Array.isArray(report.findings) ? report.findings : [];
      const fits = (f) =>
        0 <= f.start_utf16 && f.start_utf16 < f.end_utf16 && f.end_utf16 <= text.length;
      this.marks = findings
        .filter((finding) => finding.scope === "span" && fits(finding))
        .map((finding) => ({ start: finding.start_utf16, end: finding.end_utf16, finding }));
      this.postFindings = findings.filter((finding) => finding.scope === "post");
      this.state = STATE.OK;
      this.report = report;
      this.reason = "";
      this.score = report.score;
      this.band = report.band;
      this.lintedText = text;
      this.draw();
    }
  }

  ns.EditorSession = EditorSession;
})((globalThis.smmlint ??= {}));
