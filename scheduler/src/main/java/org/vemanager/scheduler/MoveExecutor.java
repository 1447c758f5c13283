package org.vemanager.scheduler;

import java.util.concurrent.CompletionStage;

/**
 * Carries a planned move out. The simulator applies moves to its model; on a real cluster the console
 * implements this with CIM_VirtualSystemMigrationService.MigrateVirtualSystemToHost on the source node
 * and completes the stage when the returned CIM_ConcreteJob finishes.
 */
public interface MoveExecutor {

    /** Starts the migration; the stage completes when the VM runs on {@code move.to()}, or fails with the cause. */
    CompletionStage<Void> execute(Move move);
}
