package org.flowboard.dashboard.live.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;

/**
 * The browser side of a screen that stays open for days. Vaadin's own reconnect retries the push
 * connection; this script covers what it cannot: a server that came back without the screen's UI
 * (restart) or a connection that looks open but carries nothing. Every server tick stamps {@code
 * window.fbLastTick}; when Vaadin reports the connection lost, or no tick has come for three tick
 * intervals, the page asks {@code /api/v1/ping} and reloads once the server answers.
 */
public final class KeepAlive {

    /** $0: milliseconds without a tick before the page suspects its connection. */
    static final String INSTALL =
            """
            if (!window.fbKeepAlive) {
              window.fbKeepAlive = true;
              window.fbLastTick = Date.now();
              let lostSince = null;
              setInterval(async () => {
                const state = window.Vaadin && window.Vaadin.connectionState
                    && window.Vaadin.connectionState.state;
                const lost = state === 'connection-lost' || state === 'reconnecting';
                const silent = Date.now() - window.fbLastTick > $0;
                if (!lost && !silent) { lostSince = null; return; }
                lostSince = lostSince || Date.now();
                if (!silent && Date.now() - lostSince < 15000) { return; }
                try {
                  const r = await fetch('api/v1/ping', {cache: 'no-store', credentials: 'same-origin'});
                  if (r.status === 200 || r.status === 401) { location.reload(); }
                } catch (e) {
                  // The server is still away: ask again on the next round.
                }
              }, 5000);
            }
            """;

    /** Run on every tick: the page's proof that pushes still arrive. */
    static final String TICK = "window.fbLastTick = Date.now();";

    /** Never give up reconnecting: a 5 s retry for about a week, then the script above. */
    static final int RECONNECT_INTERVAL_MS = 5_000;

    static final int RECONNECT_ATTEMPTS = 120_000;

    private KeepAlive() {}

    /** Call once when the screen attaches. */
    public static void install(UI ui, Duration tick) {
        ui.getReconnectDialogConfiguration().setReconnectInterval(RECONNECT_INTERVAL_MS);
        ui.getReconnectDialogConfiguration().setReconnectAttempts(RECONNECT_ATTEMPTS);
        // executeJs takes int, not long.
        ui.getPage().executeJs(INSTALL, (int) tick.multipliedBy(3).toMillis());
        releaseFirstResponse(ui);
    }

    /**
     * Vaadin keeps the last response of a request (XHR) per UI, to send again should the client
     * repeat that request. A screen left open sends nothing after it opens (pushes come over the
     * websocket), so that would be its first response, the whole view, about 100 KB per screen for
     * as long as it stays open. One small round trip once the page has it replaces it with a small
     * one (the client-to-server channel of {@code @Push}'s default WEBSOCKET_XHR transport is a
     * request).
     */
    static void releaseFirstResponse(UI ui) {
        ui.getPage().executeJs("return 0;").then(Integer.class, ignored -> {});
    }

    /** Call on every server tick, inside {@code ui.access}. */
    public static void tick(UI ui) {
        ui.getPage().executeJs(TICK);
    }
}
