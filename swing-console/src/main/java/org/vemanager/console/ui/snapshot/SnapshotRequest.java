package org.vemanager.console.ui.snapshot;

/** What the take-snapshot dialog asks for: a name and a SnapshotType (2 with memory, 3 disks only). */
record SnapshotRequest(String name, int type) {
}
