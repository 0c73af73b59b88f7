package fr.stages.demo;

import fr.stages.offers.entity.EducationLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One block of demo/offers.txt: an offer as a service would write it, before dates and state are chosen. */
record DemoOffer(String directionCode, String serviceName, String serviceAddress, String placeCode,
                 String jobFamily, EducationLevel level, int weeks, int weeklyHours, boolean paid, boolean remote,
                 String title, String missions, String profile) {

    static List<DemoOffer> read(InputStream in) {
        List<DemoOffer> offers = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String title = null;
            StringBuilder missions = new StringBuilder();
            StringBuilder profile = new StringBuilder();
            StringBuilder current = null;
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                if (line == null || line.startsWith("===")) {
                    if (header != null) {
                        offers.add(of(header, title, missions.toString().strip(), profile.toString().strip()));
                    }
                    if (line == null) {
                        return offers;
                    }
                    header = line.substring(3).split("\\|");
                    title = null;
                    missions.setLength(0);
                    profile.setLength(0);
                    current = null;
                } else if (line.startsWith("#") || header == null) {
                    continue;
                } else if (title == null) {
                    title = line.strip();
                } else if (line.startsWith("Missions :")) {
                    current = missions;
                } else if (line.startsWith("Profil :")) {
                    current = profile;
                } else if (current != null) {
                    current.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoOffer of(String[] h, String title, String missions, String profile) {
        if (h.length != 10 || title == null || missions.isEmpty() || profile.isEmpty()) {
            throw new IllegalArgumentException("bloc d'offre de démonstration incomplet : " + String.join("|", h));
        }
        return new DemoOffer(h[0].strip(), h[1].strip(), h[2].strip(), h[3].strip(), h[4].strip(),
                EducationLevel.valueOf(h[5].strip()), Integer.parseInt(h[6].strip()),
                Integer.parseInt(h[7].strip()), "oui".equals(h[8].strip()), "oui".equals(h[9].strip()),
                title, missions, profile);
    }
}
