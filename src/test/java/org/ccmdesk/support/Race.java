package org.ccmdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ccmdesk.accounts.CcmUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Several users doing something at the same moment: each on its own thread, signed in,
 * held at a barrier until all are ready, then each in its own real transaction (the
 * services' own). Answers what each got, in the order given: what the part returned, or
 * the exception it threw.
 */
public final class Race {

    /** One runner: who, and what they do. */
    public record Runner(CcmUser user, Callable<Object> part) {
    }

    private Race() {
    }

    public static Runner as(CcmUser user, Callable<Object> part) {
        return new Runner(user, part);
    }

    public static List<Object> run(List<Runner> runners) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(runners.size());
        ExecutorService pool = Executors.newFixedThreadPool(runners.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Runner runner : runners) {
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.getContext()
                        .setAuthentication(new UsernamePasswordAuthenticationToken(runner.user(), null,
                                runner.user().getAuthorities()));
                    try {
                        barrier.await(30, TimeUnit.SECONDS);
                        return runner.part().call();
                    }
                    catch (RuntimeException e) {
                        return e;
                    }
                    finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** The same part {@code times} times at once. */
    public static List<Object> run(int times, Runner runner) throws Exception {
        List<Runner> runners = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runners.add(runner);
        }
        return run(runners);
    }

}
