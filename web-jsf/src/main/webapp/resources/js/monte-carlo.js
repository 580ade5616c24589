/*
 * Monte Carlo page: watches the started job over the WebSocket /ws/jobs/{id}?ticket=..., moves the
 * progress bar with every progress message (each value received is appended to the bar's
 * data-progress-values, so a test can see what arrived), and once the final message comes asks the
 * server to render the outcome.
 */
var valorMonteCarlo = (function () {
  var socket = null;

  function bar() {
    return document.getElementById('mcProgress');
  }

  function show(progress, status) {
    var el = bar();
    var percent = Math.round(progress * 1000) / 10;
    el.querySelector('.mc-progress-fill').style.width = percent + '%';
    el.querySelector('.mc-progress-text').textContent = status + ' · ' + percent.toFixed(1) + ' %';
    el.setAttribute('data-status', status);
  }

  function record(progress) {
    var el = bar();
    var seen = el.getAttribute('data-progress-values');
    el.setAttribute('data-progress-values', seen ? seen + ',' + progress : String(progress));
  }

  function watch() {
    var live = document.getElementById('mcLive');
    if (!live) {
      return;
    }
    var jobId = live.getAttribute('data-job-id');
    var ticket = live.getAttribute('data-ticket');
    if (!jobId || !ticket) {
      return;
    }
    if (socket) {
      socket.close();
    }
    var el = bar();
    el.style.display = '';
    el.setAttribute('data-progress-values', '');
    el.setAttribute('data-job-id', jobId);
    show(0, 'QUEUED');
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + window.location.host + '/ws/jobs/' + jobId + '?ticket=' + encodeURIComponent(ticket));
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === 'progress') {
        record(message.progress);
      }
      show(message.progress, message.status);
      if (message.type === 'final') {
        el.setAttribute('data-final', message.status);
        socket.close();
        socket = null;
        showOutcome();
      }
    };
    socket.onerror = function () {
      el.setAttribute('data-status', 'DISCONNECTED');
    };
  }

  return { watch: watch };
})();
