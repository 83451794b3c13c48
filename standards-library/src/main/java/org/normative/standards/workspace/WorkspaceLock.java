package org.normative.standards.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.normative.standards.StandardsException;

/**
 * An operating-system lock on {@code workspace.lock}, held for as long as a workspace is open. H2 has a lock of its
 * own, but it only says "database may be already in use"; this one names the process that holds the workspace and
 * is taken before the database is touched, so a second process never gets near the files.
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE_NAME = "workspace.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path directory) throws StandardsException {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StandardsException(e, "workspace.cannotCreate", directory, e.getMessage());
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw lockedBy(directory, channel);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            StandardsException locked = lockedBy(directory, channel);
            closeQuietly(channel);
            throw locked;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StandardsException(e, "workspace.cannotCreate", directory, e.getMessage());
        } catch (StandardsException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static StandardsException lockedBy(Path directory, FileChannel channel) {
        String pid = null;
        try {
            String text = Files.readString(directory.resolve(FILE_NAME), StandardCharsets.US_ASCII).strip();
            pid = text.matches("\\d+") ? text : null;
        } catch (IOException ignored) {
            // the holder's pid only improves the message
        }
        return new WorkspaceLockedException(directory, pid);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
    }
}
