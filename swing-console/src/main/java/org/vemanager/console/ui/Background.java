package org.vemanager.console.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingWorker;
import org.vemanager.console.client.CimErrors;

/**
 * The one way the UI runs remote work: off the event thread in a SwingWorker, with the status bar
 * showing what is going on (and a way to cancel), and the result or a readable error delivered back
 * on the event thread.
 */
public final class Background {

    private final StatusBar status;

    public Background(StatusBar status) {
        this.status = status;
    }

    public <T> SwingWorker<T, Void> run(String what, Callable<T> work, Consumer<T> onDone) {
        SwingWorker<T, Void> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                status.finished(this);
                try {
                    T result = get();
                    status.message(what + ": done");
                    onDone.accept(result);
                } catch (CancellationException e) {
                    status.message(what + ": cancelled");
                } catch (ExecutionException e) {
                    status.error(what + " failed", CimErrors.describe(e.getCause()), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        status.started(what, worker);
        worker.execute();
        return worker;
    }
}
