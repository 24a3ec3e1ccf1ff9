/*
 * Colours that follow the page, not the operating system: the background actually painted
 * behind a compose box (computed), whether it is light or dark, and the palette for it. Every
 * pair of colours below meets WCAG AA on the backgrounds it is used on: 4.5:1 for text, 3:1
 * for the underlines and the badge's edge (tests/extension measure them on the pages).
 */
(function (ns) {
  "use strict";

  const WHITE = Object.freeze([255, 255, 255]);

  /** The palette per theme: card and badge colours, underline colour per severity. */
  const PALETTES = Object.freeze({
    light: Object.freeze({
      card: "#ffffff",
      text: "#202124",
      muted: "#4d5156",
      link: "#1a5fc4",
      border: "#dadce0",
      focus: "#1a5fc4",
      bands: Object.freeze({ green: "#137333", amber: "#8a4b00", red: "#b3261e" }),
      bandText: "#ffffff",
      idle: "#4d5156",
      lines: Object.freeze({ suggestion: "#1a73e8", warning: "#b45309", error: "#c5221f" }),
    }),
    dark: Object.freeze({
      card: "#292a2d",
      text: "#e8eaed",
      muted: "#bdc1c6",
      link: "#8ab4f8",
      border: "#5f6368",
      focus: "#8ab4f8",
      bands: Object.freeze({ green: "#81c995", amber: "#fdd663", red: "#f28b82" }),
      bandText: "#202124",
      idle: "#bdc1c6",
      lines: Object.freeze({ suggestion: "#8ab4f8", warning: "#fbbc04", error: "#f28b82" }),
    }),
  });

  /** [r, g, b, alpha] from a computed colour ("rgb(…)", "rgba(…)", "#rrggbb"); null if other. */
  function parse(color) {
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    if (hex) return [...hex.slice(1).map((part) => parseInt(part, 16)), 1];
    const rgb = /^rgba?\(([^)]+)\)$/.exec(color);
    if (!rgb) return null;
    const parts = rgb[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number.parseFloat);
    if (parts.length < 3 || parts.some(Number.isNaN)) return null;
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  }

  /** `top` (with alpha) painted over the opaque `bottom`. */
  function over(top, bottom) {
    const alpha = top[3];
    return [0, 1, 2].map((index) => top[index] * alpha + bottom[index] * (1 - alpha));
  }

  /** WCAG relative luminance of an opaque [r, g, b]. */
  function luminance(rgb) {
    const [r, g, b] = rgb.map((channel) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  /** WCAG contrast ratio between two colours (strings or opaque [r, g, b]). */
  function contrast(a, b) {
    const [high, low] = [a, b]
      .map((color) => luminance(typeof color === "string" ? parse(color) : color))
      .sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
  }

  /** "dark" when light text reads better than dark text on `background` ([r, g, b]). */
  function nameFor(background) {
    return contrast(background, WHITE) > contrast(background, [0, 0, 0]) ? "dark" : "light";
  }

  /** The parent of `node`, crossing out of a shadow root to its host. */
  function parentOf(node) {
    if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
    return node.parentNode instanceof Element ? node.parentNode : null;
  }

  /**
   * The opaque colour painted behind `element`: its own background and its ancestors' (through
   * shadow roots), composited; the canvas (white) under them all.
   */
  function backgroundOf(element) {
    const layers = [];
    for (let node = element; node; node = parentOf(node)) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (!color || color[3] === 0) continue;
      layers.push(color);
      if (color[3] === 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), WHITE);
  }

  /** {name, palette, background} for the page behind `element`. */
  function themeOf(element) {
    const background = backgroundOf(element);
    const name = nameFor(background);
    return { name, palette: PALETTES[name], background };
  }

  ns.theme = Object.freeze({ PALETTES, parse, contrast, nameFor, backgroundOf, themeOf });
})((globalThis.smmlint ??= {}));
