package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.result.Severity;

/** The reader on its own thread hands over everything in order, its failures, and stops when the sink does. */
class ReadAheadTest {

    private static final int ROWS = ReadAhead.BATCH_ROWS * ReadAhead.BATCHES * 3 + 7;

    @Test
    void headerRowsAndProblemsArriveInOrderOnTheCallingThread() throws Exception {
        Recording sink = new Recording();
        ReadAhead.read(rows -> {
            rows.header(new String[] {"id"}, 1);
            for (long row = 1; row <= ROWS; row++) {
                rows.row(new TableRow(row, row + 1, new String[] {String.valueOf(row)}, null));
                if (row % 1000 == 0) {
                    rows.problem(new TextProblem("quote", Severity.WARNING, row + 1, 1, null, "table.quote.stray", row + 1, 1), row);
                }
            }
        }, sink);

        assertThat(sink.events).hasSize(1 + ROWS + ROWS / 1000);
        assertThat(sink.events.get(0)).isEqualTo("header");
        assertThat(sink.events.get(1)).isEqualTo("row 1");
        assertThat(sink.events.get(1000)).isEqualTo("row 1000");
        assertThat(sink.events.get(1001)).isEqualTo("problem 1000");
        assertThat(sink.events.get(sink.events.size() - 1)).isEqualTo("row " + ROWS);
        assertThat(sink.threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void whatStopsTheReaderIsThrownOnTheCallingThreadAfterTheRowsBeforeIt() {
        Recording sink = new Recording();
        assertThatThrownBy(() -> ReadAhead.read(rows -> {
            rows.row(new TableRow(1, 2, new String[] {"a"}, null));
            throw new ArtifactException("table.noHeader", "t.csv");
        }, sink)).isInstanceOf(ArtifactException.class);
        assertThat(sink.events).containsExactly("row 1");

        assertThatThrownBy(() -> ReadAhead.read(rows -> {
            throw new InterruptedIOException("check stopped");
        }, new Recording())).isInstanceOf(InterruptedIOException.class);
    }

    @Test
    void aSinkThatFailsStopsTheReaderBeforeReturning() {
        AtomicBoolean readerEnded = new AtomicBoolean();
        AtomicReference<Thread> reader = new AtomicReference<>();
        RowSink failing = new Recording() {
            @Override
            public void row(TableRow row) throws IOException {
                if (row.number() == 3) {
                    throw new IOException("disk full");
                }
            }
        };
        assertThatThrownBy(() -> ReadAhead.read(rows -> {
            reader.set(Thread.currentThread());
            try {
                for (long row = 1; ; row++) { // endless: only the sink's failure ends it
                    rows.row(new TableRow(row, row, new String[] {"x"}, null));
                }
            } finally {
                readerEnded.set(true);
            }
        }, failing)).hasMessage("disk full");
        assertThat(readerEnded).isTrue();
        assertThat(reader.get().isAlive()).isFalse();
    }

    private static class Recording implements RowSink {
        final List<String> events = new ArrayList<>();
        final List<String> threads = new ArrayList<>();

        @Override
        public void header(String[] names, long line) {
            record("header");
        }

        @Override
        public void row(TableRow row) throws IOException {
            record("row " + row.number());
        }

        @Override
        public void problem(TextProblem problem, Long row) {
            record("problem " + row);
        }

        private void record(String event) {
            events.add(event);
            if (!threads.contains(Thread.currentThread().getName())) {
                threads.add(Thread.currentThread().getName());
            }
        }
    }
}
