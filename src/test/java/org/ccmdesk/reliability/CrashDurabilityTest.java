package org.ccmdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ccmdesk.reliability.DeskClient.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that answered 201 survives {@code kill -9} on the embedded default (H2 file
 * database with the options of {@code application.properties}): the application runs as a
 * separate process, several clients record fulfilments through the JSON API, the process
 * is killed (SIGKILL) in the middle of the burst, started again on the same files, and
 * every acknowledged fulfilment must be there with the id it was answered with.
 */
class CrashDurabilityTest {

    private static final int CLIENTS = 8;

    /**
     * The kill comes once this many writes have been acknowledged, while the rest are in
     * flight.
     */
    private static final int KILL_AFTER = 150;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        long started = System.nanoTime();
        ApplicationProcess first = ApplicationProcess.start(directory, "first");
        long firstUp = System.nanoTime();
        Map<Target, Long> acknowledged = new ConcurrentHashMap<>();
        Queue<Target> attempted = new ConcurrentLinkedQueue<>();
        Queue<Integer> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger running = new AtomicInteger(CLIENTS);
        long burstStarted;
        long killed;
        try {
            DeskClient desk = new DeskClient(first.baseUrl());
            String token = desk.createApiToken(ApplicationProcess.ADMIN_EMAIL, ApplicationProcess.ADMIN_PASSWORD);
            Queue<Target> open = new ConcurrentLinkedQueue<>(desk.openInstances());
            assertThat(open).as("open obligation instances to record").hasSizeGreaterThan(KILL_AFTER * 2);

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            burstStarted = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    try {
                        burst(desk, token, open, attempted, acknowledged, refused);
                    }
                    finally {
                        running.decrementAndGet();
                    }
                });
            }
            await("the first " + KILL_AFTER + " acknowledged writes").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> acknowledged.size() >= KILL_AFTER || running.get() == 0);
            first.kill();
            killed = System.nanoTime();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped after the kill").isTrue();
        }
        finally {
            first.kill();
        }

        ApplicationProcess second = ApplicationProcess.start(directory, "second");
        long secondUp = System.nanoTime();
        Map<Target, Long> recorded;
        try {
            recorded = new DeskClient(second.baseUrl()).fulfilments();
        }
        finally {
            second.stop();
        }
        List<Target> lost = new ArrayList<>();
        acknowledged.forEach((target, id) -> {
            if (!id.equals(recorded.get(target))) {
                lost.add(target);
            }
        });
        long inFlightKept = attempted.stream()
            .filter(t -> !acknowledged.containsKey(t) && recorded.containsKey(t))
            .count();
        System.out.printf(
                "DURABILITY: acknowledged %d, found %d (attempted %d; unacknowledged but kept %d; answered otherwise %s)%n",
                acknowledged.size(), acknowledged.size() - lost.size(), attempted.size(), inFlightKept, refused);
        System.out.printf("DURABILITY timing: first start %d ms, burst %d ms to the kill, restart %d ms%n",
                millis(started, firstUp), millis(burstStarted, killed), millis(killed, secondUp));
        assertThat(refused).as("statuses of writes answered other than 201 before the kill").isEmpty();
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(lost).as("acknowledged writes missing after the restart").isEmpty();
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    /**
     * One client: records fulfilments one after another until the application is gone
     * (the connection fails) or nothing is left to record.
     */
    private static void burst(DeskClient desk, String token, Queue<Target> open, Queue<Target> attempted,
            Map<Target, Long> acknowledged, Queue<Integer> refused) {
        for (Target target = open.poll(); target != null; target = open.poll()) {
            attempted.add(target);
            HttpResponse<String> response;
            try {
                response = desk.recordFulfilment(token, target);
            }
            catch (IOException killed) {
                return;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() == 201) {
                acknowledged.put(target, DeskClient.idOf(response));
            }
            else {
                refused.add(response.statusCode());
            }
        }
    }

}
