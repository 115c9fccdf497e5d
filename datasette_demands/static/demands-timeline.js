/* datasette-demands: "Demands over time" on the matrix page.
 *
 * Reads the chart's data from <script type="application/json" id="demands-timeline-data"> (written
 * by the server with Jinja's tojson, so no name in it can end the script block) and draws grouped
 * bars with Observable Plot: one group per published month, one bar per category or holder. Every
 * name reaches the page as a text node or an attribute value set by Plot, never as markup. Each bar
 * is a link to the sentences it counts; only same-site paths are used as links.
 */
(function () {
  "use strict";
  var holder = document.getElementById("demands-timeline-chart");
  var source = document.getElementById("demands-timeline-data");
  if (!holder || !source || !window.Plot) {
    return;
  }
  var data = JSON.parse(source.textContent);

  function sameSite(href) {
    return typeof href === "string" && href.charAt(0) === "/" && href.charAt(1) !== "/" ? href : null;
  }

  function safeColour(c) {
    return typeof c === "string" && /^#[0-9a-fA-F]{6}$/.test(c) ? c : "#525252";
  }

  var bars = data.bars.map(function (b) {
    return {month: String(b.month), key: String(b.key), count: Number(b.count), href: sameSite(b.href)};
  });
  var noun = function (n) { return n === 1 ? " sentence" : " sentences"; };
  var maxCount = Math.max.apply(null, bars.map(function (b) { return b.count; }).concat([1]));
  var width = Math.max(480, holder.clientWidth || 0);
  var chart = Plot.plot({
    width: width,
    height: 340,
    marginBottom: data.months.length > 12 ? 56 : 36,
    fx: {label: "Published month", domain: data.months, tickRotate: data.months.length > 12 ? -45 : 0,
         padding: 0.15},
    x: {axis: null, domain: data.keys, paddingInner: 0.08},
    y: {label: "Sentences", grid: true, ticks: Math.min(10, maxCount), tickFormat: "d"},
    // the server gives each key its colour, the same whichever keys the filters leave
    color: {type: "ordinal", domain: data.keys, range: data.colours.map(safeColour), legend: true},
    marks: [
      Plot.barY(bars, {
        fx: "month", x: "key", y: "count", fill: "key", href: "href",
        title: function (d) { return d.key + ", " + d.month + ": " + d.count + noun(d.count); },
        ariaLabel: function (d) { return d.key + ", " + d.month + ": " + d.count + noun(d.count); }
      }),
      Plot.ruleY([0])
    ]
  });
  chart.classList.add("demands-timeline-plot");
  holder.replaceChildren(chart);
})();
