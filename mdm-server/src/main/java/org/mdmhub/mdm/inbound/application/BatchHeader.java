package org.mdmhub.mdm.inbound.application;

/**
 * What a batch says about itself.
 *
 * @param sourceSystem the system that sent it (e.g. {@code PLM}); every record's source is in it
 * @param batchKey     the sender's key for this batch: sending the same key again is answered with the same result
 * @param title        the title of the change request the batch becomes
 * @param submit       whether that change request goes to approval once every record is in
 */
public record BatchHeader(String sourceSystem, String batchKey, String title, boolean submit) {
}
