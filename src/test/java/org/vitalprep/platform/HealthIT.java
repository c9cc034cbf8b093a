package org.vitalprep.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthIT {

    @LocalServerPort int port;

    @Test
    void healthReportsTheEmbeddedDatabaseUpWithoutDetailsForAnonymousCallers() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"database\":{\"status\":\"UP\"}").contains("\"status\":\"UP\"")
                .doesNotContain("mongo\":");
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/env")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isNotEqualTo(200);
    }
}
