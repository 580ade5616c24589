/*
 * Progress of a job pushed over the WebSocket /ws/jobs/{id}?ticket=..., for any page that starts
 * one: valorJobs.watch(liveId, barId, onFinal) reads the job id and ticket from the data attributes
 * of the element liveId, shows the bar barId (same markup and data attributes as the Monte Carlo
 * page's: every progress value received is appended to data-progress-values, data-final holds the
 * final status) and calls onFinal() once the job has finished.
 */
var valorJobs = (function () {
  var sockets = {};

  function show(bar, progress, status) {
    var percent = Math.round(progress * 1000) / 10;
    bar.querySelector('.mc-progress-fill').style.width = percent + '%';
    bar.querySelector('.mc-progress-text').textContent = status + ' · ' + percent.toFixed(1) + ' %';
    bar.setAttribute('data-status', status);
  }

  function watch(liveId, barId, onFinal) {
    var live = document.getElementById(liveId);
    var bar = document.getElementById(barId);
    if (!live || !bar) {
      return;
    }
    var jobId = live.getAttribute('data-job-id');
    var ticket = live.getAttribute('data-ticket');
    if (!jobId || !ticket) {
      return;
    }
    if (sockets[barId]) {
      sockets[barId].close();
    }
    bar.style.display = '';
    bar.setAttribute('data-progress-values', '');
    bar.removeAttribute('data-final');
    bar.setAttribute('data-job-id', jobId);
    show(bar, 0, 'QUEUED');
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + window.location.host + '/ws/jobs/' + jobId + '?ticket=' + encodeURIComponent(ticket));
    sockets[barId] = socket;
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === 'progress') {
        var seen = bar.getAttribute('data-progress-values');
        bar.setAttribute('data-progress-values', seen ? seen + ',' + message.progress : String(message.progress));
      }
      show(bar, message.progress, message.status);
      if (message.type === 'final') {
        bar.setAttribute('data-final', message.status);
        socket.close();
        delete sockets[barId];
        onFinal();
      }
    };
    socket.onerror = function () {
      bar.setAttribute('data-status', 'DISCONNECTED');
    };
  }

  return { watch: watch };
})();
