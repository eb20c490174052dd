// Framework Advisor's Web Chat page. The token comes from the same origin (POST /api/webchat/token):
// the built-in Direct Line endpoint's token, or an Azure Direct Line token when the server has a
// secret (then the answer names Azure's domain). Same origin, so no CORS is involved.
// The user id the server gave is kept in localStorage and sent back for the next token, so after a
// reload (or a bot restart) the bot knows the user and offers to continue where they left off (issue 14).
(function () {
  'use strict';

  var userIdKey = 'framework-advisor.userId';

  function storedUserId() {
    try {
      return window.localStorage.getItem(userIdKey);
    } catch (e) {
      return null; // storage blocked (private mode, policy): a new user each time
    }
  }

  function keepUserId(userId) {
    try {
      window.localStorage.setItem(userIdKey, userId);
    } catch (e) {
      // nothing to do: the chat works, it just cannot be resumed after a reload
    }
  }

  function tokenRequest() {
    var userId = storedUserId();
    return userId
      ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: { id: userId } }) }
      : { method: 'POST' };
  }

  var styleOptions = {
    accent: '#0b6e4f',
    botAvatarImage: 'avatar.svg',
    botAvatarInitials: 'FA',
    botAvatarBackgroundColor: '#0b6e4f',
    userAvatarInitials: 'You',
    bubbleBackground: '#eef5f1',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#0b6e4f',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#0b6e4f',
    suggestedActionTextColor: '#0b6e4f',
    suggestedActionBorderRadius: 16,
    suggestedActionLayout: 'flow',
    sendBoxButtonColor: '#0b6e4f',
    hideUploadButton: true,
    rootHeight: '100%',
    rootWidth: '100%',
    primaryFont: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif'
  };

  function showError(message) {
    var status = document.getElementById('status');
    status.textContent = message;
    status.hidden = false;
  }

  // Behind a proxy that blocks WebSockets (or hands out ws:// to an https page), DirectLineJS would retry
  // the socket forever and no reply would arrive. So the socket is watched while the connection is made:
  // if it never opens, Web Chat is started again on the same conversation with polling (issue 15).
  function createDirectLine(options, onSocketFailure) {
    var NativeWebSocket = window.WebSocket;
    var failed = false;
    function fail() {
      if (!failed) {
        failed = true;
        window.setTimeout(onSocketFailure, 0);
      }
    }
    function WatchedWebSocket(url, protocols) {
      var socket;
      try {
        socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
      } catch (error) {
        fail();
        throw error;
      }
      var opened = false;
      socket.addEventListener('open', function () { opened = true; });
      socket.addEventListener('close', function () { if (!opened) { fail(); } });
      return socket;
    }
    WatchedWebSocket.prototype = NativeWebSocket.prototype;
    window.WebSocket = WatchedWebSocket;
    try {
      return window.WebChat.createDirectLine(options);
    } finally {
      window.WebSocket = NativeWebSocket;
    }
  }

  function render(directLine) {
    var old = document.getElementById('webchat');
    var element = old.cloneNode(false);
    old.replaceWith(element);
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        username: 'You',
        locale: navigator.language || 'en-US',
        styleOptions: styleOptions
      },
      element
    );
  }

  fetch('api/webchat/token', tokenRequest())
    .then(function (response) {
      if (!response.ok) {
        throw new Error('token endpoint answered ' + response.status);
      }
      return response.json();
    })
    .then(function (chat) {
      keepUserId(chat.userId);
      var domain = chat.domain || window.location.origin + '/v3/directline';
      var directLine = createDirectLine({ token: chat.token, domain: domain }, function () {
        var polling = window.WebChat.createDirectLine({
          token: directLine.token,
          domain: domain,
          conversationId: directLine.conversationId,
          webSocket: false
        });
        directLine.end();
        render(polling);
      });
      render(directLine);
      document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
    })
    .catch(function () {
      showError('The chat could not start. Please reload the page in a moment.');
    });
})();
