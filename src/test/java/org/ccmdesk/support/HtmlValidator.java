package org.ccmdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The W3C Nu HTML validator ({@code vnu.jar}, from the npm package {@code vnu-jar}) run
 * on pages saved by a browser test. The jar is not a Maven artifact: {@code .ci/run}
 * fetches it with {@code npm pack vnu-jar@}{@value #VERSION} into {@link #DEFAULT_JAR}
 * (or {@code CCM_VNU_JAR} names it). When it is missing the check is skipped with a
 * message, and fails instead in CI ({@code CI=true} or {@code CCM_REQUIRE_VNU=true}).
 * Nothing is downloaded by the build itself.
 */
public final class HtmlValidator {

    public static final String VERSION = "26.9.27";

    public static final Path DEFAULT_JAR = Path.of(System.getProperty("user.home"), ".cache", "ccm-desk",
            "vnu-jar-" + VERSION, "vnu.jar");

    private HtmlValidator() {
    }

    static Path jar() {
        String named = System.getenv("CCM_VNU_JAR");
        return named == null || named.isBlank() ? DEFAULT_JAR : Path.of(named);
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("CCM_REQUIRE_VNU"));
    }

    /**
     * Validates every {@code .html} file of the folder; fails with the validator's
     * errors. Returns false (after a message) when the validator is not installed and not
     * required.
     */
    public static boolean assertValid(Path folder) {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            String message = "The HTML validator is not installed at " + jar + ": run .ci/run, or: npm pack vnu-jar@"
                    + VERSION + " and extract build/dist/vnu.jar there" + " (or set CCM_VNU_JAR).";
            if (required()) {
                throw new IllegalStateException(message + " It is required here (CI or CCM_REQUIRE_VNU).");
            }
            System.err.println("SKIPPED HTML validation: " + message);
            return false;
        }
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m", "-jar",
                        jar.toString(), "--errors-only", "--format", "text"));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(f -> command.add(f.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("vnu finished").isTrue();
            // vnu's closing line when it found nothing; anything else is an error it
            // reports
            String errors = output.replace("Document checking completed. No errors found.", "").strip();
            assertThat(errors).as("W3C Nu validator errors in " + folder).isEmpty();
            assertThat(process.exitValue()).as("vnu exit code").isZero();
            return true;
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot run the HTML validator " + jar, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
