package org.flowboard.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.atmosphere.cpr.AtmosphereFramework;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.live.ui.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an open screen keeps on the server (docs/benchmarks.md section 5): once the page is up, the
 * UI no longer holds its first response (the whole view), and push connections start with small
 * buffers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreenFootprintTest {

    /** The first response of a wallboard is about 100 KB; a round trip's is a few hundred bytes. */
    private static final int SMALL_RESPONSE = 5_000;

    private static final List<UI> UIS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class RecordUis {
        @Bean
        VaadinServiceInitListener recordUis() {
            return (ServiceInitEvent event) ->
                    event.getSource().addUIInitListener(e -> UIS.add(e.getUI()));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;

    @Test
    void anOpenWallboardKeepsNoCopyOfItsFirstResponse() throws Exception {
        try (Chromium browser = new Chromium("http://localhost:" + port, 1280, 800)) {
            browser.logInAs("control");
            browser.open("/wallboard");
            browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("occupancy-RZZ01")));
            // The newest wallboard UI is the open page (logging in may have shown one before).
            UI wallboard =
                    UIS.stream()
                            .filter(
                                    ui ->
                                            ui.getInternals()
                                                    .getActiveViewLocation()
                                                    .getPath()
                                                    .equals("wallboard"))
                            .reduce((first, second) -> second)
                            .orElseThrow();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (lastResponseLength(wallboard) > SMALL_RESPONSE && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(lastResponseLength(wallboard)).isLessThan(SMALL_RESPONSE);
        }
    }

    @Test
    void pushConnectionsStartWithSmallBuffers() {
        List<AtmosphereFramework> frameworks =
                Collections.list(servletContext.getAttributeNames()).stream()
                        .map(servletContext::getAttribute)
                        .filter(AtmosphereFramework.class::isInstance)
                        .map(AtmosphereFramework.class::cast)
                        .toList();
        assertThat(frameworks).isNotEmpty();
        assertThat(frameworks)
                .allSatisfy(
                        atmosphere ->
                                assertThat(
                                                atmosphere
                                                        .getAtmosphereConfig()
                                                        .getInitParameter(PushBuffers.BUFFER_SIZE))
                                        .isEqualTo(String.valueOf(PushBuffers.INITIAL_BYTES)));
    }

    private static int lastResponseLength(UI ui) {
        // Read under the session lock, where Vaadin writes it.
        int[] length = {0};
        ui.accessSynchronously(
                () -> {
                    String last = ui.getInternals().getLastRequestResponse();
                    length[0] = last == null ? 0 : last.length();
                });
        return length[0];
    }
}
