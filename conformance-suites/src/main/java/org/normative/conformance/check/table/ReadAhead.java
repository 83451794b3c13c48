package org.normative.conformance.check.table;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckFailures;

/**
 * Reads a table on a thread of its own while the check's thread validates the rows, so that decoding and parsing
 * overlap with the checks of each value (on two cores, the check takes about as long as the slower of the two
 * instead of their sum). Rows travel in batches through a short queue: memory stays bounded by {@link #BATCHES}
 * batches of {@link #BATCH_ROWS} rows, whatever the file's size. The sink sees headers, rows and problems in the
 * order the reader met them, all on the calling thread, so it needs no locking. Whatever stops the reader (the time
 * limit or cancel through the guarded stream, a broken file) is rethrown on the calling thread; whatever stops the
 * sink stops the reader before this returns, so no read outlives the check.
 */
final class ReadAhead {

    /** What reads the table into a sink: the CSV or XLSX reader over the artifact's guarded stream. */
    interface Reader {
        void read(RowSink sink) throws ArtifactException, IOException;
    }

    static final int BATCH_ROWS = 512;
    static final int BATCHES = 8;

    private ReadAhead() {
    }

    /** Reads with {@code reader} on a second thread into {@code sink} on this one. */
    static void read(Reader reader, RowSink sink) throws ArtifactException, IOException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
        Thread thread = new Thread(() -> produce(reader, queue), "normative-table-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            consume(queue, sink);
        } finally {
            thread.interrupt(); // a reader still running is blocked on a full queue or reading: stop it either way
            joinUninterruptibly(thread);
        }
    }

    private static void produce(Reader reader, BlockingQueue<Batch> queue) {
        Batching batching = new Batching(queue);
        Throwable failure = null;
        try {
            reader.read(batching);
        } catch (Stopped stopped) {
            return; // the consumer has gone
        } catch (Throwable e) { // NOPMD: every failure of the reader belongs to the check's thread
            failure = e;
        }
        try {
            batching.flush();
            queue.put(new Batch(List.of(), failure, true));
        } catch (Stopped | InterruptedException stopped) {
            // the consumer has gone
        }
    }

    private static void consume(BlockingQueue<Batch> queue, RowSink sink) throws ArtifactException, IOException {
        while (true) {
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the table check was interrupted");
            }
            for (Event event : batch.events()) {
                event.replay(sink);
            }
            if (batch.last()) {
                CheckFailures.rethrow(batch.failure());
                return;
            }
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Batch(List<Event> events, Throwable failure, boolean last) {
    }

    private interface Event {
        void replay(RowSink sink) throws IOException;
    }

    /** The reader's side: collects events into batches and hands each full one over. */
    private static final class Batching implements RowSink {
        private final BlockingQueue<Batch> queue;
        private List<Event> events = new ArrayList<>(BATCH_ROWS);

        Batching(BlockingQueue<Batch> queue) {
            this.queue = queue;
        }

        @Override
        public void header(String[] names, long line) {
            add(sink -> sink.header(names, line));
        }

        @Override
        public void row(TableRow row) {
            add(sink -> sink.row(row));
        }

        @Override
        public void problem(TextProblem problem, Long row) {
            add(sink -> sink.problem(problem, row));
        }

        private void add(Event event) {
            events.add(event);
            if (events.size() == BATCH_ROWS) {
                flush();
            }
        }

        void flush() {
            if (events.isEmpty()) {
                return;
            }
            try {
                queue.put(new Batch(events, null, false));
            } catch (InterruptedException e) {
                throw new Stopped();
            }
            events = new ArrayList<>(BATCH_ROWS);
        }
    }

    /** Unwinds the reader when the check's thread no longer takes its rows. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
