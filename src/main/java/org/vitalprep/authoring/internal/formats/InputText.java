package org.vitalprep.authoring.internal.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a text file: UTF-8 only (with a clear error naming the line otherwise), BOM dropped, line ends as \n. */
final class InputText {

    private InputText() {
    }

    static String decode(byte[] input) throws FormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(input);
        CharBuffer out = CharBuffer.allocate(input.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1, column = 1;
            for (int i = 0; i < offset; i++) {
                if (input[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((input[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw FormatException.at(line, column, "the file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8"
                    .formatted(input[offset] & 0xFF, offset));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new FormatException("", "the file could not be decoded as UTF-8");
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

}
