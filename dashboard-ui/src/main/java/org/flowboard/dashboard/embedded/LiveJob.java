package org.flowboard.dashboard.embedded;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A job running on its own Flink MiniCluster in this JVM; closing it cancels the job. */
final class LiveJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveJob.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final JobClient client;

    private LiveJob(JobClient client) {
        this.client = client;
    }

    static LiveJob submit(Consumer<StreamExecutionEnvironment> definition) {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(
                        configuration(LiveJob.class.getClassLoader()));
        definition.accept(env);
        try {
            return new LiveJob(env.executeAsync("flowboard-live"));
        } catch (Exception e) {
            throw new IllegalStateException("the live Flink job did not start: " + e, e);
        }
    }

    /**
     * Inside the Spring Boot fat jar our classes and Flink's sit in {@code BOOT-INF}, which the
     * system class loader cannot see. A MiniCluster job without classpaths is deserialised with the
     * system class loader; with classpaths it gets a user-code loader whose parent is the loader
     * that loaded Flink (Boot's). Parent-first then resolves every class from Boot's loader, once,
     * so nothing is loaded twice.
     */
    static Configuration configuration(ClassLoader appLoader) {
        Configuration conf = new Configuration();
        List<String> classpaths = nestedClasspaths(appLoader);
        if (!classpaths.isEmpty()) {
            conf.set(PipelineOptions.CLASSPATHS, classpaths);
            conf.set(CoreOptions.CLASSLOADER_RESOLVE_ORDER, "parent-first");
        }
        return conf;
    }

    /** The URLs of an application class loader other than the system one; empty otherwise. */
    static List<String> nestedClasspaths(ClassLoader appLoader) {
        List<String> urls = new ArrayList<>();
        if (appLoader instanceof URLClassLoader loader
                && appLoader != ClassLoader.getSystemClassLoader()) {
            for (URL url : loader.getURLs()) {
                urls.add(url.toString());
            }
        }
        return urls;
    }

    JobID jobId() {
        return client.getJobID();
    }

    @Override
    public void close() {
        try {
            client.cancel().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            LOG.info("Flink job {} cancelled", client.getJobID());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Flink job {} did not cancel cleanly: {}", client.getJobID(), e.toString());
        }
    }

    @Override
    public String toString() {
        return "Flink job " + client.getJobID();
    }
}
