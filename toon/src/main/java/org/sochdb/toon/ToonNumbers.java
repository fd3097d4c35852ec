package org.sochdb.toon;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Canonical number text (TOON spec &sect;2) and the numeric token grammar of the decoder (&sect;4). */
final class ToonNumbers {
    /** Decoder grammar: ASCII digits, no leading zeros in the integer part, optional fraction/exponent. */
    private static final Pattern NUMBER =
            Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
    private static final BigDecimal PLAIN_MIN = new BigDecimal("1e-6");
    private static final BigDecimal PLAIN_MAX = new BigDecimal("1e21");

    private ToonNumbers() {
    }

    /**
     * Canonical text of a decimal value: {@code 0} for any zero (including {@code -0}); plain
     * notation without trailing fractional zeros when {@code 1e-6 <= |n| < 1e21}; otherwise
     * JSON exponent form with a lowercase {@code e} and explicit sign ({@code 1.5e+21},
     * {@code 1e-7}). Exact: every digit of {@code value} is kept.
     */
    static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal v = value.stripTrailingZeros();
        BigDecimal abs = v.abs();
        if (abs.compareTo(PLAIN_MIN) >= 0 && abs.compareTo(PLAIN_MAX) < 0) {
            return v.toPlainString();
        }
        String digits = v.unscaledValue().abs().toString();
        long exponent = (long) digits.length() - 1 - v.scale();
        StringBuilder b = new StringBuilder(digits.length() + 8);
        if (v.signum() < 0) {
            b.append('-');
        }
        b.append(digits.charAt(0));
        if (digits.length() > 1) {
            b.append('.').append(digits, 1, digits.length());
        }
        return b.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent)).toString();
    }

    /**
     * The number an unquoted token denotes, or {@code null} if the token is not a number
     * (then it is a string). Integer tokens (no fraction, no exponent) give {@link Long}, or
     * {@link BigInteger} beyond the long range; other tokens give {@link Long} when the value is
     * integral and fits a long, else {@link BigDecimal} with trailing zeros stripped.
     * A token whose exponent overflows {@link BigDecimal} is not a number.
     */
    static Object parse(String token) {
        if (token.isEmpty() || !NUMBER.matcher(token).matches()) {
            return null;
        }
        if (token.indexOf('.') < 0 && token.indexOf('e') < 0 && token.indexOf('E') < 0) {
            if (token.length() <= 18) {
                return Long.parseLong(token);
            }
            BigInteger big = new BigInteger(token);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(token);
        } catch (NumberFormatException e) {
            return null;
        }
        if (d.signum() == 0) {
            return 0L;
        }
        d = d.stripTrailingZeros();
        if (d.scale() <= 0 && d.precision() - d.scale() <= 19) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                // integral but beyond long: stays BigDecimal
            }
        }
        return d;
    }
}
