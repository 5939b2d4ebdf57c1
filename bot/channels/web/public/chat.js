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

  /*
   * Rating answers: Web Chat shows thumbs on answers the bot marks as rateable and posts the event
   * "webchat:activity-status/feedback" when one is pressed. After a thumbs down, this page offers an optional
   * "What was wrong?" box outside the transcript (so the chat itself never asks a second question); its text is
   * sent as the event "helpbot/answer-comment" with the answer it is about.
   */
  var FEEDBACK_EVENT = 'webchat:activity-status/feedback';
  var ANSWER_PREFIX = 'helpbot-answer:';
  var commentForm = document.getElementById('answer-comment');
  var commentText = document.getElementById('answer-comment-text');
  var commentAnswer = null;
  var store = null;

  function watchFeedback() {
    return function (next) {
      return function (action) {
        var activity = action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload && action.payload.activity;
        var vote = activity && activity.type === 'event' && activity.name === FEEDBACK_EVENT && activity.entities && activity.entities[0];
        if (vote && typeof vote['@id'] === 'string' && vote['@id'].indexOf(ANSWER_PREFIX) === 0) {
          if (vote['@type'] === 'DislikeAction') askWhatWasWrong(vote['@id'].slice(ANSWER_PREFIX.length));
          else closeComment();
        }
        return next(action);
      };
    };
  }

  function askWhatWasWrong(answer) {
    commentAnswer = answer;
    commentText.value = '';
    commentForm.hidden = false;
    commentText.focus();
  }

  function closeComment() {
    commentAnswer = null;
    commentForm.hidden = true;
  }

  commentForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = commentText.value.trim();
    if (store && commentAnswer && text) {
      store.dispatch({
        type: 'DIRECT_LINE/POST_ACTIVITY',
        meta: { method: 'code' },
        payload: { activity: { type: 'event', name: 'helpbot/answer-comment', value: { answer: commentAnswer, comment: text } } }
      });
    }
    closeComment();
    show('Thank you. The help desk will read it.');
  });
  document.getElementById('answer-comment-skip').addEventListener('click', closeComment);

  function start(session) {
    var domain = new URL(session.domain, window.location.href).href.replace(/\/+$/, '');
    var directLine = window.WebChat.createDirectLine({ token: session.token, domain: domain, webSocket: true });
    store = window.WebChat.createStore({}, function () { return watchFeedback(); });
    var props = { directLine: directLine, store: store, locale: 'en-US', styleOptions: styleOptions };
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
