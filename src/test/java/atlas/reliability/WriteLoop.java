package atlas.reliability;

import atlas.io.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * The child of {@link KillDuringWriteTest}: writes {@code target} over and over through
 * {@link AtomicFiles}, each time a new version that proves itself complete (a header with its version
 * and length, the bytes, a trailer with their CRC), until it is killed. Prints each version after it
 * is written.
 */
public final class WriteLoop {
    private WriteLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        long version = Long.parseLong(args[1]);
        Random rnd = new Random(version);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            version++;
            byte[] body = new byte[64 * 1024 + rnd.nextInt(3 << 20)];
            rnd.nextBytes(body);
            byte[] file = content(version, body);
            AtomicFiles.write(target, out -> {
                // Written in pieces, as the real writers do, so a kill can land between them.
                for (int at = 0; at < file.length; at += 8192) out.write(file, at, Math.min(8192, file.length - at));
            });
            System.out.println("wrote " + version);
            System.out.flush();
        }
    }

    static byte[] content(long version, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] head = ("atlas-write-test v" + version + " len " + body.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\nend crc " + crc.getValue() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
        return all;
    }

    /** The version a complete file holds, or -1 when the file is damaged (short, or its CRC does not match). */
    static long check(byte[] file) {
        int nl = 0;
        while (nl < file.length && file[nl] != '\n') nl++;
        if (nl >= file.length) return -1;
        String[] head = new String(file, 0, nl, StandardCharsets.US_ASCII).split(" ");
        if (head.length != 4 || !head[0].equals("atlas-write-test")) return -1;
        long version = Long.parseLong(head[1].substring(1));
        int len = Integer.parseInt(head[3]);
        int bodyAt = nl + 1;
        if (bodyAt + len > file.length) return -1;
        CRC32 crc = new CRC32();
        crc.update(file, bodyAt, len);
        String tail = new String(file, bodyAt + len, file.length - bodyAt - len, StandardCharsets.US_ASCII);
        return tail.equals("\nend crc " + crc.getValue() + "\n") ? version : -1;
    }
}
