package org.normative.conformance.check.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.normative.conformance.result.Severity;

/**
 * Decodes a CSV file's bytes for the parser while keeping what the parser cannot tell: the byte offset of every
 * sequence that is not valid in the declared encoding (decoded as U+FFFD, so reading goes on), and the quotes out
 * of place (text after a closing quote, a quote in an unquoted field, a quote never closed). Both are queued with
 * their line and field position until the reader knows which row they belong to. One bad sequence is queued per
 * line: a whole file in the wrong encoding gives one finding per line, not one per character.
 *
 * <p>Lines are counted as the parser counts them: CR, LF and CRLF each end one, inside quotes too.
 */
final class LocatingReader extends Reader {

    private static final int BUFFER_BYTES = 64 * 1024;
    /** Problems queued ahead of the parser; it is never more than a buffer behind, so this is not reached. */
    private static final int MAX_PENDING = 100_000;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int STRAY_QUOTE_SEEN = 4;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final char delimiter;
    private final char quote;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private final Deque<TextProblem> pending = new ArrayDeque<>();
    private long bufferStart;
    private boolean started;
    private boolean eof;
    private boolean done;
    private boolean replacementOwed;

    private long line = 1;
    private boolean lastWasCr;
    private long lastBadLine;
    private int state = FIELD_START;
    private int field = 1;
    private long quoteLine;
    private int quoteField;

    LocatingReader(InputStream in, Charset charset, char delimiter, char quote) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.delimiter = delimiter;
        this.quote = quote;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (done) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        if (!started) {
            start();
        }
        if (replacementOwed) {
            replacementOwed = false;
            out.put('\uFFFD');
            scan(buffer, offset, out.position());
        }
        while (out.position() == offset) {
            int from = out.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            scan(buffer, from, out.position());
            if (result.isError()) {
                int at = bytes.position();
                badBytes(at, result.length());
                bytes.position(at + result.length());
                if (out.hasRemaining()) {
                    int before = out.position();
                    out.put('\uFFFD');
                    scan(buffer, before, out.position());
                } else {
                    replacementOwed = true;
                }
            } else if (result.isOverflow()) {
                break;
            } else if (eof) {
                int before = out.position();
                decoder.flush(out);
                scan(buffer, before, out.position());
                finish();
                break;
            } else {
                fill();
            }
        }
        int produced = out.position() - offset;
        return produced == 0 && done ? -1 : produced;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Hands over the problems met on lines up to {@code lastLine}, in order. */
    void drainUpTo(long lastLine, Consumer<TextProblem> to) {
        while (!pending.isEmpty() && pending.peekFirst().line() <= lastLine) {
            to.accept(pending.pollFirst());
        }
    }

    void drainAll(Consumer<TextProblem> to) {
        while (!pending.isEmpty()) {
            to.accept(pending.pollFirst());
        }
    }

    /** True while inside a quoted field: what a parser's "buffer exceeded" means then is an unclosed quote. */
    boolean inQuotes() {
        return state == QUOTED;
    }

    long quoteLine() {
        return quoteLine;
    }

    int quoteField() {
        return quoteField;
    }

    /** Line breaks (CR, LF, CRLF) in a stretch of text. */
    static int lineBreaks(char[] text, int offset, int length) {
        int breaks = 0;
        for (int i = offset; i < offset + length; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r' && (i + 1 == offset + length || text[i + 1] != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    /** The first fill, skipping a UTF-8 byte order mark. */
    private void start() throws IOException {
        started = true;
        while (!eof && bytes.remaining() < 3) {
            fill();
        }
        if (StandardCharsets.UTF_8.equals(charset) && bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF
                && (bytes.get(1) & 0xFF) == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        }
    }

    private void fill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void finish() {
        done = true;
        if (state == QUOTED) {
            queue(new TextProblem("quote", Severity.ERROR, quoteLine, quoteField, null, "table.quote.unclosed", quoteLine, quoteField));
        }
    }

    private void badBytes(int at, int length) {
        if (line == lastBadLine) {
            return;
        }
        lastBadLine = line;
        int shown = Math.min(Math.max(length, 1), bytes.limit() - at);
        byte[] sequence = new byte[shown];
        bytes.get(at, sequence);
        String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(sequence);
        long offset = bufferStart + at;
        String gb = StandardCharsets.UTF_8.equals(charset) ? asGb18030(at) : null;
        queue(gb != null
                ? new TextProblem("encoding", Severity.ERROR, line, field, hex, "table.encoding.gb18030", offset, line, hex, gb)
                : new TextProblem("encoding", Severity.ERROR, line, field, hex, "table.encoding", offset, line, hex, charset.name()));
    }

    /** The character that the bytes at {@code at} make in GB 18030, when they make one outside ASCII. */
    private String asGb18030(int at) {
        int end = Math.min(at + 2, bytes.limit());
        try {
            String text = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.array(), at, end - at)).toString();
            return text.length() == 1 && text.charAt(0) > 0x7F ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void queue(TextProblem problem) {
        if (pending.size() < MAX_PENDING) {
            pending.addLast(problem);
        }
    }

    /** Counts lines and follows the quoting of the text just decoded. */
    private void scan(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c > '\r' && c != quote && c != delimiter && state != QUOTE_IN_QUOTED) {
                // most characters: inside a field, changing nothing but the start of an unquoted one
                lastWasCr = false;
                if (state == FIELD_START) {
                    state = UNQUOTED;
                }
                continue;
            }
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak) {
                if (c == '\r' || !lastWasCr) {
                    line++;
                }
                lastWasCr = c == '\r';
            } else {
                lastWasCr = false;
            }
            switch (state) {
                case FIELD_START -> {
                    if (c == quote) {
                        state = QUOTED;
                        quoteLine = line;
                        quoteField = field;
                    } else {
                        endOfField(c, lineBreak, UNQUOTED);
                    }
                }
                case UNQUOTED, STRAY_QUOTE_SEEN -> {
                    if (c == quote && state == UNQUOTED) {
                        queue(new TextProblem("quote", Severity.WARNING, line, field, null, "table.quote.stray", line, field));
                        state = STRAY_QUOTE_SEEN;
                    } else {
                        endOfField(c, lineBreak, state);
                    }
                }
                case QUOTED -> {
                    if (c == quote) {
                        state = QUOTE_IN_QUOTED;
                    }
                }
                default -> {
                    if (c == quote) {
                        state = QUOTED; // an escaped quote
                    } else if (c != delimiter && !lineBreak) {
                        queue(new TextProblem("quote", Severity.ERROR, line, field, null, "table.quote.afterClosing", line, field));
                        state = STRAY_QUOTE_SEEN;
                    } else {
                        endOfField(c, lineBreak, UNQUOTED);
                    }
                }
            }
        }
    }

    private void endOfField(char c, boolean lineBreak, int otherwise) {
        if (c == delimiter) {
            field++;
            state = FIELD_START;
        } else if (lineBreak) {
            field = 1;
            state = FIELD_START;
        } else {
            state = otherwise;
        }
    }
}
