package org.sochdb.toon;

/**
 * Thrown when TOON text cannot be decoded: malformed syntax, a strict-mode count or width
 * mismatch, or a TOON construct outside tabular data that this codec does not support.
 *
 * <p>The message always starts with the 1-based position of the problem,
 * {@code "line L, column C: "}, followed by {@link #getDetail()}.
 */
public class ToonFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String detail;

    /**
     * @param detail what is wrong, without the position
     * @param line   1-based line number
     * @param column 1-based column (UTF-16 code unit) within the line
     */
    public ToonFormatException(String detail, int line, int column) {
        super("line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** 1-based line of the problem. */
    public int getLine() {
        return line;
    }

    /** 1-based column of the problem. */
    public int getColumn() {
        return column;
    }

    /** The message without the {@code "line L, column C: "} prefix. */
    public String getDetail() {
        return detail;
    }
}
