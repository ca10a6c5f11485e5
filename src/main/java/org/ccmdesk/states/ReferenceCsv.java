package org.ccmdesk.states;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The versioned reference files shipped under
 * {@code src/main/resources/reference/treaty}.
 */
final class ReferenceCsv {

    static final List<String> FILES = List.of("countries_un.csv", "iso3166_regions.csv", "states.csv",
            "income_2014.csv", "affected_2014.csv", "victims.csv", "../names/state_names.csv",
            "../names/state_name_history.csv", "../names/missions.csv");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(String file) {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).stream().map(CSVRecord::toMap).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    /**
     * SHA-256 over all reference files, so that an unchanged release is not imported
     * twice.
     */
    static String checksum(int importerVersion) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Integer.toString(importerVersion).getBytes(StandardCharsets.UTF_8));
            for (String file : FILES) {
                try (InputStream in = open(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String file) throws IOException {
        return new ClassPathResource("reference/treaty/" + file).getInputStream();
    }

}
