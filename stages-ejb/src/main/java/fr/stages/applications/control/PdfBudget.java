package fr.stages.applications.control;

import fr.stages.platform.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Reads a PDF's raw bytes, before PDFBox does, and refuses what would cost the server more than a CV may: PDFBox
 * decodes the object and cross-reference streams it needs into memory, whole, and parses nested arrays and
 * dictionaries by recursion; a 1.5 MB file whose object stream inflated to 1.5 GB ran the heap out. Here every
 * stream is decoded into a counter (nothing kept but a bounded intermediate for filter chains), nesting is
 * measured without recursion, and objects are counted: memory and time stay bounded whatever the file.
 */
final class PdfBudget {

    /** All streams together, decoded: a 5 MB CV with Flate-compressed photos decodes to a few tens of MB. */
    static final long MAX_DECODED = 96L * 1024 * 1024;
    /**
     * What PDFBox itself keeps in memory to read the file's structure (object and cross-reference streams), and
     * what this check keeps between two filters of a chain.
     */
    static final long MAX_STRUCTURE = 8L * 1024 * 1024;
    static final int MAX_OBJECTS = 100_000;
    static final int MAX_DEPTH = 64;

    private static final Pattern STREAM = Pattern.compile("stream(\r\n|\n|\r)");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d{1,9})(?!\\s+\\d+\\s+R)");
    private static final Pattern FILTER = Pattern.compile("/Filter\\s*(\\[[^\\]]*\\]|/[^\\s/\\[\\]<>()]+)");
    private static final Pattern NAME = Pattern.compile("/([^\\s/\\[\\]<>()]+)");
    private static final Pattern HEX_ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    /** Filters whose output is an image codec's business, never decoded by the check or by PDFBox's parser. */
    private static final Set<String> IMAGE_FILTERS = Set.of("DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode",
            "CCF", "JBIG2Decode", "Crypt");

    /** Characters read backwards to find stream dictionaries, all streams together: a file of ">> stream" repeated
     * half a million times would otherwise cost billions of steps. */
    static final long MAX_SCANNED = 32L * 1024 * 1024;

    private long decoded;
    private long structure;
    private long scanned;
    private int streams;

    private PdfBudget() {
    }

    /** Throws document.tooComplex when the file would cost too much to read. */
    static void check(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1); // one char per byte: offsets match
        depth(text);
        int objects = 0;
        // "N G obj": found by its keyword, then its digits; a regular expression went quadratic on long digit runs
        for (int at = text.indexOf("obj"); at >= 0; at = text.indexOf("obj", at + 3)) {
            if (at >= 2 && Character.isWhitespace(text.charAt(at - 1)) && Character.isDigit(text.charAt(at - 2))
                    && ++objects > MAX_OBJECTS) {
                throw tooComplex("more than " + MAX_OBJECTS + " objects");
            }
        }
        new PdfBudget().streams(pdf, text);
    }

    private void streams(byte[] pdf, String text) {
        Matcher stream = STREAM.matcher(text);
        int from = 0;
        while (from < text.length() && stream.find(from)) {
            int keyword = stream.start();
            int dataStart = stream.end();
            from = dataStart;
            if (keyword >= 3 && text.startsWith("end", keyword - 3)) {
                continue; // "endstream" followed by a line end
            }
            if (++streams > MAX_OBJECTS) {
                throw tooComplex("more than " + MAX_OBJECTS + " streams");
            }
            String dictionary = dictionaryBefore(text, keyword);
            if (dictionary == null) {
                continue;
            }
            int dataEnd = dataEnd(text, dictionary, dataStart);
            String names = unescape(dictionary);
            boolean forStructure = names.matches("(?s).*/Type\\s*/(ObjStm|XRef)\\b.*");
            decode(pdf, dataStart, dataEnd, filters(names), forStructure);
            from = Math.max(from, dataEnd);
        }
    }

    /** The dictionary just before a stream keyword: from its "<<" to its ">>", nested ones included. */
    private String dictionaryBefore(String text, int keyword) {
        int end = keyword - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end < 1 || text.charAt(end) != '>' || text.charAt(end - 1) != '>') {
            return null;
        }
        int depth = 0;
        int limit = Math.max(0, end - 64 * 1024);
        for (int i = end; i > limit; i--) {
            if (++scanned > MAX_SCANNED) {
                throw tooComplex("stream dictionaries too long to find");
            }
            if (text.charAt(i) == '>' && text.charAt(i - 1) == '>') {
                depth++;
                i--;
            } else if (text.charAt(i) == '<' && text.charAt(i - 1) == '<') {
                depth--;
                i--;
                if (depth == 0) {
                    return text.substring(i, end + 1);
                }
            }
        }
        return null;
    }

    /** Where the stream's data ends: its direct /Length when it fits the file, else its "endstream". */
    private static int dataEnd(String text, String dictionary, int dataStart) {
        Matcher length = LENGTH.matcher(dictionary);
        if (length.find()) {
            long end = dataStart + Long.parseLong(length.group(1));
            if (end <= text.length()) {
                return (int) end;
            }
        }
        int end = text.indexOf("endstream", dataStart);
        return end < 0 ? text.length() : end;
    }

    /** PDF names may write any byte as #xx: "/Obj#53tm" is /ObjStm to PDFBox, so it is here too. */
    private static String unescape(String dictionary) {
        return HEX_ESCAPE.matcher(dictionary).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static List<String> filters(String dictionary) {
        List<String> names = new ArrayList<>();
        Matcher filter = FILTER.matcher(dictionary);
        if (filter.find()) {
            for (Matcher name = NAME.matcher(filter.group(1)); name.find(); ) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /**
     * Runs the stream's filters, the last one into a counter, the others into buffers bounded by what is left of
     * the budget. A filter that fails stops the count of that stream: PDFBox will judge the file itself.
     */
    private void decode(byte[] pdf, int start, int end, List<String> filters, boolean forStructure) {
        byte[] data = null;
        InputStream input = new ByteArrayInputStream(pdf, start, Math.max(0, end - start));
        for (int i = 0; i < filters.size(); i++) {
            String name = filters.get(i);
            if (IMAGE_FILTERS.contains(name)) {
                return;
            }
            Filter filter;
            try {
                filter = FilterFactory.INSTANCE.getFilter(COSName.getPDFName(name));
            } catch (IOException e) {
                return; // unknown filter: PDFBox refuses it when it reads the stream
            }
            boolean last = i == filters.size() - 1;
            Counter out = new Counter(last ? null : new ByteArrayOutputStream(), forStructure);
            try {
                filter.decode(input, out, new COSDictionary(), 0);
            } catch (Budget exceeded) {
                throw tooComplex(exceeded.getMessage());
            } catch (IOException | RuntimeException e) {
                return;
            }
            if (!last) {
                data = ((ByteArrayOutputStream) out.kept).toByteArray();
                input = new ByteArrayInputStream(data);
            }
        }
    }

    /** Counts decoded bytes against the budgets, keeping them only between two filters of a chain. */
    private final class Counter extends OutputStream {

        final OutputStream kept;
        private final boolean forStructure;

        Counter(OutputStream kept, boolean forStructure) {
            this.kept = kept;
            this.forStructure = forStructure;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            decoded += len;
            if (forStructure) {
                structure += len;
            }
            if (decoded > MAX_DECODED) {
                throw new Budget("streams decode to more than " + MAX_DECODED / (1024 * 1024) + " MB");
            }
            if (structure > MAX_STRUCTURE) {
                throw new Budget("object streams decode to more than " + MAX_STRUCTURE / (1024 * 1024) + " MB");
            }
            if (kept != null) {
                if (((ByteArrayOutputStream) kept).size() + len > MAX_STRUCTURE) {
                    throw new Budget("a filter of a chain decodes to more than " + MAX_STRUCTURE / (1024 * 1024) + " MB");
                }
                kept.write(b, off, len);
            }
        }
    }

    /** Thrown from inside a filter, through PDFBox's code, as an IOException it passes on. */
    private static final class Budget extends IOException {

        private static final long serialVersionUID = 1L;

        Budget(String message) {
            super(message);
        }
    }

    /**
     * Nesting of arrays and dictionaries outside strings and stream data: PDFBox parses them by recursion, and a
     * file of a million "[" overflowed its stack.
     */
    private static void depth(String text) {
        int depth = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                i = afterString(text, i);
            } else if (c == '%') {
                while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '[' || (c == '<' && i + 1 < length && text.charAt(i + 1) == '<')) {
                if (c == '<') {
                    i++;
                }
                if (++depth > MAX_DEPTH) {
                    throw tooComplex("nesting deeper than " + MAX_DEPTH);
                }
            } else if (c == ']' || (c == '>' && i + 1 < length && text.charAt(i + 1) == '>')) {
                if (c == '>') {
                    i++;
                }
                depth = Math.max(0, depth - 1);
            } else if (c == 's' && text.startsWith("stream", i) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = text.indexOf("endstream", i + 6);
                i = end < 0 ? length : end + 8;
            }
        }
    }

    /** The index of the ")" closing the literal string opened at start (balanced parentheses, escapes). */
    private static int afterString(String text, int start) {
        int open = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                open++;
            } else if (c == ')' && --open == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static BusinessException tooComplex(String why) {
        java.util.logging.Logger.getLogger(PdfBudget.class.getName()).info(() -> "PDF refusé, trop coûteux à lire : " + why);
        return new BusinessException("document.tooComplex");
    }
}
