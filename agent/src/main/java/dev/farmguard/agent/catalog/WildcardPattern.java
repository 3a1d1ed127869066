package dev.farmguard.agent.catalog;

import java.util.regex.Pattern;

/** A catalog name pattern: case-insensitive, {@code *} matches any run of characters, nothing else is special. */
public final class WildcardPattern {

    private final String text;
    private final Pattern regex;

    private WildcardPattern(String text) {
        this.text = text;
        StringBuilder builder = new StringBuilder();
        int start = 0;
        for (int star = text.indexOf('*'); star >= 0; star = text.indexOf('*', start)) {
            builder.append(Pattern.quote(text.substring(start, star))).append(".*");
            start = star + 1;
        }
        builder.append(Pattern.quote(text.substring(start)));
        this.regex = Pattern.compile(builder.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    public static WildcardPattern compile(String text) {
        return new WildcardPattern(text);
    }

    /** True when the whole of {@code candidate} matches. */
    public boolean matches(String candidate) {
        return candidate != null && !candidate.isEmpty() && regex.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
