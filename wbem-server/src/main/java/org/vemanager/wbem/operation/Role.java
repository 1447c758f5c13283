package org.vemanager.wbem.operation;

/** What an authenticated user may do; each role includes the ones before it. */
public enum Role {
    /** Read operations only. */
    READER,
    /** Also extrinsic methods (start, stop, migrate …). */
    OPERATOR,
    /** Everything, including CreateInstance/ModifyInstance/DeleteInstance and SetProperty. */
    ADMIN;

    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }
}
