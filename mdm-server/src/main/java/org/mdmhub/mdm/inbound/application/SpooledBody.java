package org.mdmhub.mdm.inbound.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * A request body written to a temporary file as it arrives, with the SHA-256 digest of its bytes: a batch of any
 * size is read from disk, never held in memory, and its digest decides whether a batch key sent again carries the
 * same content. Closing it deletes the file.
 */
public final class SpooledBody implements AutoCloseable {
    private final Path file;
    private final String sha256;
    private final long bytes;

    private SpooledBody(Path file, String sha256, long bytes) {
        this.file = file;
        this.sha256 = sha256;
        this.bytes = bytes;
    }

    /** Spools {@code in}, refusing (413) a body over {@code maxBytes}. */
    public static SpooledBody of(InputStream in, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("mdm-inbound-", ".batch");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new MdmException(ProblemType.PAYLOAD_TOO_LARGE,
                                "The batch exceeds the limit of " + maxBytes + " bytes; send it as several batches");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new SpooledBody(file, HexFormat.of().formatHex(digest.digest()), total);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot spool the batch body", e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException("SHA-256 is always available", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public Path file() { return file; }
    public String sha256() { return sha256; }
    public long bytes() { return bytes; }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the server's temp directory cleanup removes in the end
            }
        }
    }
}
