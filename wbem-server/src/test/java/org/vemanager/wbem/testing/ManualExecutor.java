package org.vemanager.wbem.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Runs submitted tasks only when the test says so, on the test's thread. */
public final class ManualExecutor implements Executor {

    private final Queue<Runnable> queue = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs every queued task (and tasks they queue); returns how many ran. */
    public int runAll() {
        int n = 0;
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
            n++;
        }
        return n;
    }

    public synchronized int pending() {
        return queue.size();
    }

    private synchronized Runnable poll() {
        return queue.poll();
    }
}
