package io.ziar.nlp.pipeline.langid;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The translations in a GNU gettext .mo file: translated program messages, text written by people in many languages. */
final class MoCatalog {

    private static final int MAGIC = 0x950412de;

    private MoCatalog() {
    }

    /** The (original, translation) pairs; plural forms and context are dropped. */
    static List<String[]> read(Path file) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (data.getInt(0) != MAGIC) {
            data.order(ByteOrder.BIG_ENDIAN);
            if (data.getInt(0) != MAGIC) {
                throw new IOException("not a .mo file: " + file);
            }
        }
        int count = data.getInt(8);
        int originals = data.getInt(12);
        int translations = data.getInt(16);
        List<String[]> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String original = string(data, originals + 8 * i);
            String translation = string(data, translations + 8 * i);
            if (!original.isEmpty()) {
                pairs.add(new String[]{firstPart(original), firstPart(translation)});
            }
        }
        return pairs;
    }

    private static String string(ByteBuffer data, int descriptor) {
        int length = data.getInt(descriptor);
        int offset = data.getInt(descriptor + 4);
        return new String(data.array(), offset, length, StandardCharsets.UTF_8);
    }

    private static String firstPart(String message) {
        int nul = message.indexOf('\0');
        String text = nul < 0 ? message : message.substring(0, nul);
        int context = text.indexOf('\u0004');
        return context < 0 ? text : text.substring(context + 1);
    }
}
