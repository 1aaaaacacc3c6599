package org.mdmhub.mdm.bench;

/** One client of a create round, holding its own connection: stores one item per call, or throws. */
interface RowWriter extends AutoCloseable {

    void write(BenchItem item) throws Exception;

    /** Opens one client; a round opens all of them before its clock starts. */
    @FunctionalInterface
    interface Factory {
        RowWriter open() throws Exception;
    }
}
