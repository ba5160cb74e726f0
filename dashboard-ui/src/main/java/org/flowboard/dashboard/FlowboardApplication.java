package org.flowboard.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** FlowBoard's dashboard server; in embedded mode (the default) also the whole system. */
@SpringBootApplication
@EnableConfigurationProperties(FlowboardProperties.class)
public class FlowboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlowboardApplication.class, args);
    }
}
