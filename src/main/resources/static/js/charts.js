// The platform's charts (ECharts, from its WebJar) are drawn from the tables beside them, so the page's numbers and
// its charts are the same figures, and the labels are the page's own, in its language.
(function () {
  var COLOURS = ['#e02e24', '#f5a623', '#4a90e2', '#7ed321', '#9b9b9b', '#50e3c2', '#bd10e0'];

  function cells(row) { return Array.prototype.slice.call(row.cells); }
  function value(cell) {
    var v = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent;
    var n = parseFloat(v);
    return isNaN(n) ? 0 : n;
  }

  function option(table) {
    var heads = cells(table.tHead.rows[0]);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var categories = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var series = [];
    heads.forEach(function (head, column) {
      if (!head.dataset.series) { return; }
      var line = head.dataset.line === 'true', yuan = head.dataset.yuan === 'true';
      series.push({
        name: head.textContent.trim(), id: head.dataset.series,
        type: line ? 'line' : 'bar',
        stack: table.dataset.kind === 'days' && !line ? 'orders' : undefined,
        yAxisIndex: table.dataset.kind === 'bars' && yuan && heads.some(function (h) { return h.dataset.series && h.dataset.yuan !== 'true'; }) ? 1 : 0,
        data: rows.map(function (row) { return value(row.cells[column]); })
      });
    });
    var twoAxes = series.some(function (s) { return s.yAxisIndex === 1; });
    return {
      color: COLOURS, animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: twoAxes ? 50 : 16, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: twoAxes ? [{ type: 'value', minInterval: 1 }, { type: 'value', name: '¥' }]
                     : [{ type: 'value', minInterval: table.dataset.kind === 'days' ? 1 : 0 }],
      series: series
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('table.chart-data[data-chart]').forEach(function (table) {
      var el = document.getElementById(table.dataset.chart);
      if (!el) { return; }
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option(table));
      el.dataset.drawn = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  });
})();
