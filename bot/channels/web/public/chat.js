/*
 * Starts Web Chat on the help page: asks the server for a Direct Line token (POST /api/directline/token, which
 * answers from the built-in Direct Line or from Azure without exposing any secret), then renders the official
 * Web Chat client (served from node_modules as /web/webchat.js) into #webchat.
 */
(function () {
  'use strict';

  var status = document.getElementById('chat-status');
  var host = document.getElementById('webchat');

  // Colours chosen for WCAG 2.1 AA contrast (4.5:1 or more against their backgrounds).
  var styleOptions = {
    accent: '#005ea2',
    subtle: '#595959',
    bubbleBackground: '#f0f0f0',
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: '#005ea2',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 6,
    bubbleMaxWidth: 640,
    botAvatarInitials: 'CM',
    botAvatarBackgroundColor: '#1b1b1b',
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: '#005ea2',
    hideUploadButton: true,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#005ea2',
    suggestedActionTextColor: '#005ea2',
    suggestedActionBorderRadius: 6,
    suggestedActionHeight: 'auto',
    transcriptOverlayButtonBackground: '#1b1b1b',
    transcriptOverlayButtonColor: '#ffffff',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    rootHeight: '100%',
    rootWidth: '100%'
  };

  function show(message) {
    status.textContent = message;
    status.hidden = false;
  }

  function start(session) {
    var domain = new URL(session.domain, window.location.href).href.replace(/\/+$/, '');
    var directLine = window.WebChat.createDirectLine({ token: session.token, domain: domain, webSocket: true });
    var props = { directLine: directLine, locale: 'en-US', styleOptions: styleOptions };
    // A "dl_" user id is Azure's enhanced authentication: it lives inside the token, Web Chat must not set it.
    if (session.userId && session.userId.indexOf('dl_') !== 0) props.userID = session.userId;
    window.WebChat.renderWebChat(props, host);
    status.textContent = '';
    status.hidden = true;
  }

  if (!window.WebChat) {
    show('The chat could not be loaded. Please reload the page.');
    return;
  }
  fetch('/api/directline/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(start)
    .catch(function () {
      show('The chat is not available right now. Please try again in a few minutes.');
    });
})();
