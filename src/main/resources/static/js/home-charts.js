/*
 * Charts of the home page: States Parties and signatories over time, and the world map of treaty
 * status as of the chosen date. The page shows the same figures as tables, so nothing is lost
 * without JavaScript. Colours match the legend swatches in ccm-desk.css. Both are drawn as SVG,
 * so that every label is an element of the page (ScreenWidthsBrowserTest checks that each lies
 * inside its chart at every width).
 */
(function () {
  'use strict';

  var STATUS_ORDER = ['NOT_SIGNATORY', 'SIGNATORY', 'RATIFIED_NOT_IN_FORCE', 'IN_FORCE', 'WITHDRAWN'];
  var STATUS_COLORS = {
    NOT_SIGNATORY: '#d9d9d9',
    SIGNATORY: '#f2b701',
    RATIFIED_NOT_IN_FORCE: '#7fb3d5',
    IN_FORCE: '#1f5f8b',
    WITHDRAWN: '#b03a2e'
  };

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }
      return response.json();
    });
  }

  function statusLabel(element, status) {
    var key = 'label' + status.toLowerCase().split('_').map(function (word) {
      return word.charAt(0).toUpperCase() + word.slice(1);
    }).join('');
    return element.dataset[key] || status;
  }

  function drawTimeline(element) {
    getJson(element.dataset.url).then(function (points) {
      var chart = echarts.init(element, null, { renderer: 'svg' });
      function series(name, field, color) {
        return { name: name, type: 'line', step: 'end', symbol: 'none', color: color,
          data: points.map(function (p) { return [p.asOf, p[field]]; }) };
      }
      var parties = series(element.dataset.labelParties, 'statesParties', STATUS_COLORS.IN_FORCE);
      // the date runs along its line, inside the plot: above the line's end it was cut off
      // by the chart's edge when the date was near the end of the series
      parties.markLine = { symbol: 'none', silent: true,
        label: { formatter: element.dataset.asOf, position: 'insideEndTop' },
        data: [{ xAxis: element.dataset.asOf }] };
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 10, right: 30, top: 20, bottom: 60, containLabel: true },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', minInterval: 1 },
        series: [parties, series(element.dataset.labelInForce, 'inForce', '#2e8b57'),
          series(element.dataset.labelSignatories, 'signatories', '#c98a00')]
      });
      element.dataset.rendered = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    }).catch(function (error) { console.warn('Timeline chart not drawn:', error); });
  }

  function drawMap(element) {
    Promise.all([getJson(element.dataset.geo), getJson(element.dataset.states)]).then(function (results) {
      echarts.registerMap('world', results[0]);
      var states = results[1];
      var chart = echarts.init(element, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        tooltip: {
          trigger: 'item',
          formatter: function (item) {
            if (!item.data) { return ''; }
            return echarts.format.encodeHTML(item.data.stateName) + '<br>' +
              echarts.format.encodeHTML(statusLabel(element, item.data.status));
          }
        },
        // one status a line, at the bottom left: in one row the five labels did not fit a
        // small screen (nor a half-width chart in French), and the last was cut ("Withdr");
        // the map keeps the space below it for them
        visualMap: {
          type: 'piecewise', orient: 'vertical', left: 0, bottom: 0, itemGap: 4,
          pieces: STATUS_ORDER.map(function (status, index) {
            return { value: index, label: statusLabel(element, status), color: STATUS_COLORS[status] };
          })
        },
        series: [{
          type: 'map', map: 'world', roam: true, nameProperty: 'name', top: 10, bottom: 110,
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.5, areaColor: '#f4f4f4' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#555555' } },
          data: states.map(function (s) {
            return { name: s.iso3, value: STATUS_ORDER.indexOf(s.status), stateName: s.name, status: s.status };
          })
        }]
      });
      chart.on('click', function (item) {
        if (item.data) {
          window.location.href = '/states/' + item.data.name + '?asOf=' + encodeURIComponent(element.dataset.asOf || '');
        }
      });
      element.dataset.rendered = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    }).catch(function (error) { console.warn('Map not drawn:', error); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    var timeline = document.getElementById('timeline-chart');
    var map = document.getElementById('status-map');
    if (timeline) { drawTimeline(timeline); }
    if (map) { drawMap(map); }
  });
}());
