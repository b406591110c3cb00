// Contrast in the page, for test_contrast_states.py: contrastMark marks each visible
// candidate of a kind not seen yet (same tag, classes, colours and background);
// contrastMeasure gives an element's text, focus outline and field border contrast.
(() => {
  const parse = (text) => {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) throw new Error(`colour not understood: ${text}`);
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return {r, g, b, a};
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({r, g, b}) => {
    const [R, G, B] = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const ratio = (one, two) => {
    const [l1, l2] = [luminance(one), luminance(two)].sort((x, y) => y - x);
    return Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100;
  };
  // What is behind an element: its background and its ancestors', over the white canvas.
  const background = (element) => {
    const layers = [];
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a === 1) break;
    }
    return layers.reverse().reduce((under, top) => over(top, under), {r: 255, g: 255, b: 255, a: 1});
  };
  const hex = ({r, g, b}) => "#" + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
  const describe = (element) => {
    const id = element.id ? "#" + element.id : "";
    const classes = [...element.classList].filter((c) => !c.startsWith("contrast-")).map((c) => "." + c).join("");
    const text = (element.innerText || element.value || element.getAttribute("aria-label") || "").trim();
    return `<${element.tagName.toLowerCase()}${id}${classes}> “${text.slice(0, 40)}”`;
  };
  const large = (style) => {
    const size = parseFloat(style.fontSize);
    return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  };
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 1 && box.height > 1 && style.visibility !== "hidden"
      && style.clipPath !== "inset(50%)" && !element.closest(".visually-hidden");
  };
  const hasText = (element) => ["INPUT", "SELECT", "TEXTAREA"].includes(element.tagName)
    || element.innerText.trim() !== "";
  window.contrastMark = (selector) => {
    const seen = new Set();
    const marked = [];
    document.querySelectorAll(selector).forEach((element) => {
      if (!visible(element) || !hasText(element) || element.closest("#wagtail-userbar")) return;
      const style = getComputedStyle(element);
      const key = [element.tagName, element.className, element.parentElement.className,
        style.color, hex(background(element))].join("|");
      if (seen.has(key)) return;
      seen.add(key);
      element.dataset.contrast = marked.length;
      marked.push(marked.length);
    });
    return marked;
  };
  window.contrastMeasure = (element) => {
    const style = getComputedStyle(element);
    const behind = background(element);
    const around = background(element.parentElement);
    const result = {
      element: describe(element),
      text: ratio(over(parse(style.color), behind), behind),
      colours: `${style.color} on ${hex(behind)}`,
      large: large(style),
      outline: null,
      border: null,
    };
    if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) {
      const colour = parse(style.outlineColor);
      const side = parseFloat(style.outlineOffset) < 0 ? behind : around;
      result.outline = ratio(over(colour, side), side);
      result.outlineColours = `${style.outlineColor} on ${hex(side)}`;
    }
    const field = ["INPUT", "SELECT", "TEXTAREA"].includes(element.tagName)
      && !["checkbox", "radio", "file", "submit", "button"].includes(element.type);
    if (field && parseFloat(style.borderTopWidth) > 0) {
      const colour = parse(style.borderTopColor);
      result.border = ratio(over(colour, around), around);
      result.borderColours = `${style.borderTopColor} on ${hex(around)}`;
    }
    return result;
  };
  window.contrastRatio = (colour, element) => {
    const behind = background(element);
    return ratio(over(parse(colour), behind), behind);
  };
})()
