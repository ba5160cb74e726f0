package org.flowboard.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an encounter's identifiers into a pseudonymous key: HMAC-SHA256, keyed from configuration,
 * of {@code site + "|" + visit number}, as the first 128 bits in hex (32 characters).
 *
 * <p>Keyed, not a plain hash, because visit numbers are short and guessable: without the key nobody
 * can confirm a guess. 128 bits keep collisions out of reach for any ICS while staying readable in
 * logs and Redis. The same key must be configured for every connector and across restarts, or the
 * same encounter gets two keys.
 */
public final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 16;
    private static final int KEY_HEX_CHARS = 32;

    private final SecretKeySpec key;

    /**
     * A Mac is not thread-safe, and looking one up per call costs more than the HMAC itself (it
     * matters in a bulk replay): one per thread, initialised once with the key.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public Pseudonymiser(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "the pseudonymisation key needs at least "
                            + MIN_KEY_BYTES
                            + " bytes (32 recommended), got "
                            + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** From a base64 (standard or url-safe) configuration value. */
    public static Pseudonymiser fromBase64(String base64Key) {
        String trimmed = base64Key.trim();
        byte[] bytes =
                trimmed.contains("-") || trimmed.contains("_")
                        ? Base64.getUrlDecoder().decode(trimmed)
                        : Base64.getDecoder().decode(trimmed);
        return new Pseudonymiser(bytes);
    }

    /**
     * A fresh random 256-bit key, for the demo only: keys made by it differ on every start, so
     * encounters cannot be followed across restarts.
     */
    public static Pseudonymiser generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new Pseudonymiser(bytes);
    }

    /** The encounter key of a visit (or account) number at a site. */
    public String encounterKey(String site, String visitNumber) {
        byte[] digest =
                macs.get().doFinal((site + "|" + visitNumber).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, KEY_HEX_CHARS / 2);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "Pseudonymiser[HmacSHA256, key hidden]";
    }
}
