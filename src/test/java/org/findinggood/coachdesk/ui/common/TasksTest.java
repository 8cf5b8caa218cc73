package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void sameThreadRunsWorkAndCallbacksInOrder() {
        List<String> events = new ArrayList<>();
        Tasks.sameThread().run(() -> {
            events.add("work");
            return 42;
        }).onSuccess(value -> events.add("success " + value))
                .onFailure(error -> events.add("failure"))
                .andFinally(() -> events.add("finally"));
        assertThat(events).containsExactly("work", "success 42", "finally");
    }

    @Test
    void checkedFailuresReachOnFailureUnwrapped() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Tasks.sameThread().run(() -> {
            throw new IOException("disk gone");
        }).onSuccess(v -> seen.set(new AssertionError("no success expected")))
                .onFailure(seen::set);
        assertThat(seen.get()).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void workRunsOnTheBackgroundExecutorAndCallbacksOnTheUiExecutor() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "bg"));
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
        try {
            AtomicReference<String> workThread = new AtomicReference<>();
            AtomicReference<String> callbackThread = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            new Tasks(background, ui).run(() -> {
                workThread.set(Thread.currentThread().getName());
                return "x";
            }).onSuccess(v -> {
                callbackThread.set(Thread.currentThread().getName());
                done.countDown();
            });
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(workThread.get()).isEqualTo("bg");
            assertThat(callbackThread.get()).isEqualTo("ui");
        } finally {
            background.shutdownNow();
            ui.shutdownNow();
        }
    }

    @Test
    void workAskedForAfterShutdownNeverRunsAndThrowsNothing() {
        ExecutorService background = Executors.newSingleThreadExecutor();
        background.shutdown();
        List<String> events = new ArrayList<>();
        // A late callback on a closing window asking for more work.
        new Tasks(background, Runnable::run).run(() -> {
            events.add("work");
            return 1;
        }).onSuccess(v -> events.add("success")).onFailure(e -> events.add("failure")).andFinally(() -> events.add("finally"));
        assertThat(events).isEmpty();
    }
}
