package org.ccmdesk.reliability;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.ccmdesk.CcmDeskApplication;

/**
 * CCM Desk started as a separate JVM, the way an operator runs it, so that a test can
 * kill it with SIGKILL and start it again on the same files. The classpath is the test
 * JVM's without the test classes (their {@code @Component}s would be scanned into the
 * application); the H2 URL is the default one of {@code application.properties} with the
 * file moved into the given directory, so that the test checks the options the
 * application ships with.
 */
final class ApplicationProcess {

    static final String ADMIN_EMAIL = "durability@ccmdesk.test";

    static final String ADMIN_PASSWORD = "Kill-nine-survivor-2025";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;

    private final Path log;

    private final int port;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the application on the H2 file database under {@code directory}. */
    static ApplicationProcess start(Path directory, String name) {
        return start(directory, name, Map.of());
    }

    /**
     * Starts the application on the H2 file database under {@code directory}, with
     * {@code properties} added to (or replacing) the test's own, e.g. a mail server or
     * another fixed date.
     */
    static ApplicationProcess start(Path directory, String name, Map<String, ?> properties) {
        int port = freePort();
        Path log = directory.resolve(name + ".log");
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("server.port", port);
        arguments.put("spring.datasource.url", shippedH2Url(directory.resolve("ccmdesk")));
        arguments.put("ccm.clock.fixed-date", "2025-06-22");
        arguments.put("ccm.registration.upload-dir", directory.resolve("uploads"));
        arguments.put("spring.main.banner-mode", "off");
        arguments.putAll(properties);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                        "-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(), CcmDeskApplication.class.getName()));
        arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet()
            .removeIf(key -> key.startsWith("SPRING_") || key.startsWith("DATABASE_") || key.startsWith("CCM_"));
        env.put("CCM_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("CCM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        try {
            ApplicationProcess application = new ApplicationProcess(builder.start(), log, port);
            application.awaitHealthy();
            return application;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The embedded default of {@code application.properties}, e.g.
     * {@code jdbc:h2:file:./data/ccmdesk;MODE=PostgreSQL;...}, with its file replaced.
     */
    static String shippedH2Url(Path file) {
        Properties properties = new Properties();
        try (InputStream in = CcmDeskApplication.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty("spring.datasource.url");
        String shipped = value.substring(value.indexOf("jdbc:h2:file:"), value.lastIndexOf('}'));
        return "jdbc:h2:file:" + file.toAbsolutePath() + shipped.substring(shipped.indexOf(';'));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** A normal stop (SIGTERM), so that the next start finds the files unlocked. */
    void stop() {
        process.destroy();
        waitForExit();
    }

    /** Everything the application wrote so far (its log). */
    String log() {
        try {
            return Files.readString(log);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
        catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
        try {
            await("the application on port " + port + " to answer UP").atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The application stopped while starting:\n" + logTail());
                    }
                    try {
                        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("\"UP\"");
                    }
                    catch (IOException notYetListening) {
                        return false;
                    }
                });
        }
        catch (RuntimeException e) {
            kill();
            throw e;
        }
    }

    private static String applicationClasspath() {
        String testClasses = new File(
                ApplicationProcess.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .getAbsolutePath();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !new File(entry).getAbsolutePath().equals(testClasses))
            .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
