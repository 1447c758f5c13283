package org.vemanager.provider.libvirt;

import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libvirt's default event loop, run on a thread of ours. libvirt has one event implementation per
 * process and it must be registered before the first connection is opened for events to reach that
 * connection, so {@link Hypervisor#open} starts it once; it then lives as long as the JVM (a daemon
 * thread: libvirt offers no way to unregister the implementation, so stopping it would silently break
 * every other open connection).
 */
final class EventLoop {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

    private static Thread thread;

    private EventLoop() {
    }

    static synchronized void ensureRunning() throws LibvirtException {
        if (thread != null) {
            return;
        }
        Library.initEventLoop();
        Thread loop = new Thread(EventLoop::run, "libvirt-event-loop");
        loop.setDaemon(true);
        loop.start();
        thread = loop;
    }

    static synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    private static void run() {
        try {
            Library.runEventLoop();
        } catch (LibvirtException e) {
            LOG.error("libvirt event loop stopped: {}", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
