/*
 * Starts Web Chat on the help page: asks the server for a Direct Line token (POST /api/directline/token, which
 * answers from the built-in Direct Line or from Azure without exposing any secret), then renders the official
 * Web Chat client (served from node_modules as /web/webchat.js) into #webchat.
 */
(function () {
  'use strict';

  var status = document.getElementById('chat-status');
  var host = document.getElementById('webchat');

  /*
   * Language: the page's texts carry their Spanish in data-es (data-es-html for static markup); the switch sets
   * <html lang>, Web Chat's locale (sent with every message, which the bot reads as the channel's language) and
   * sends the language's name as a message, which the bot takes as the user's choice and answers by showing the
   * user's place in that language. ?lang=es opens the page in Spanish.
   */
  var WEB_CHAT_LOCALES = { en: 'en-US', es: 'es-ES' };
  var STATUS = {
    en: { failed: 'The chat could not be loaded. Please reload the page.', unavailable: 'The chat is not available right now. Please try again in a few minutes.', thanks: 'Thank you. The help desk will read it.' },
    es: { failed: 'No se pudo cargar el chat. Vuelva a cargar la página.', unavailable: 'El chat no está disponible en este momento. Inténtelo de nuevo en unos minutos.', thanks: 'Gracias. La mesa de ayuda lo leerá.' }
  };
  var language = new URLSearchParams(window.location.search).get('lang') === 'es' ? 'es' : 'en';
  var languageSwitch = document.getElementById('language-switch');
  var renderChat = null;

  function applyLanguage() {
    document.documentElement.lang = language;
    document.querySelectorAll('[data-es], [data-es-html]').forEach(function (element) {
      if (element.dataset.en === undefined) element.dataset.en = element.innerHTML;
      if (language === 'en') element.innerHTML = element.dataset.en;
      else if (element.dataset.esHtml !== undefined) element.innerHTML = element.dataset.esHtml;
      else element.textContent = element.dataset.es;
    });
    // The switch names the other language, in that language.
    var other = language === 'es' ? 'en' : 'es';
    languageSwitch.textContent = other === 'es' ? 'Español' : 'English';
    languageSwitch.lang = other;
    languageSwitch.hidden = false;
  }

  languageSwitch.addEventListener('click', function () {
    language = language === 'es' ? 'en' : 'es';
    applyLanguage();
    if (!renderChat) return;
    renderChat();
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: language === 'es' ? 'Español' : 'English' } });
  });
  applyLanguage();

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
    show(STATUS[language].thanks);
  });
  document.getElementById('answer-comment-skip').addEventListener('click', closeComment);

  function start(session) {
    var domain = new URL(session.domain, window.location.href).href.replace(/\/+$/, '');
    var directLine = window.WebChat.createDirectLine({ token: session.token, domain: domain, webSocket: true });
    store = window.WebChat.createStore({}, function () { return watchFeedback(); });
    var props = { directLine: directLine, store: store, styleOptions: styleOptions };
    // A "dl_" user id is Azure's enhanced authentication: it lives inside the token, Web Chat must not set it.
    if (session.userId && session.userId.indexOf('dl_') !== 0) props.userID = session.userId;
    // Rendered again with the other locale when the language changes: same store and conversation, transcript kept.
    renderChat = function () {
      props.locale = WEB_CHAT_LOCALES[language];
      window.WebChat.renderWebChat(props, host);
    };
    renderChat();
    status.textContent = '';
    status.hidden = true;
  }

  if (!window.WebChat) {
    show(STATUS[language].failed);
    return;
  }
  // The page's language goes with the token request, so that the bot's first welcome is already in it.
  fetch('/api/directline/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: WEB_CHAT_LOCALES[language] })
  })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(start)
    .catch(function () {
      show(STATUS[language].unavailable);
    });
})();
