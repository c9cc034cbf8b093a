package org.vitalprep.authoring;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing a file shows the report first and stores nothing until accepted; exports carry the working copies. */
@SpringBootTest
class AuthoringImportIT extends org.vitalprep.SignedInServiceTest {

    @Autowired AuthoringService authoring;

    @BeforeEach
    void instructor() {
        as("importer" + System.nanoTime() + "@example.org", "INSTRUCTOR");
    }


    @Test
    void aPreviewStoresNothingAndAcceptingCreatesDrafts() {
        String gift = "\uFEFF// a GIFT file as exported by Moodle\r\n"
                + "::Tube for CBC::Which tube is drawn for a CBC? {=Lavender#EDTA keeps cells intact ~Light blue#Citrate is for coagulation ~Gray#Fluoride is for glucose}\r\n\r\n"
                + "::Broken::An unterminated question {=yes ~no\r\n";
        ImportPreview p = authoring.previewImport("gift", "tubes.gift", gift.getBytes(StandardCharsets.UTF_8), "phlebotomy");
        assertThat(p.questions()).hasSize(1);
        assertThat(p.report()).extracting(ConversionLine::status).contains("IMPORTED", "REJECTED");
        assertThat(p.report()).filteredOn(l -> l.status().equals("REJECTED")).first()
                .satisfies(l -> assertThat(l.where()).contains("line"));
        assertThat(authoring.items(AuthoredItem.Filter.any())).isEmpty(); // nothing stored yet

        List<AuthoredItem> created = authoring.acceptImport(p);
        assertThat(created).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("draft");
            assertThat(i.module()).isEqualTo("phlebotomy");
            assertThat(i.json()).contains("Which tube is drawn for a CBC?").contains("EDTA keeps cells intact");
        });
        assertThat(authoring.items(AuthoredItem.Filter.any())).hasSize(1);

        ExportFile moodle = authoring.export("moodle-xml", List.of(created.getFirst().id()));
        String xml = new String(moodle.bytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<quiz>").contains("Which tube is drawn for a CBC?");
        ExportFile again = authoring.export("gift", List.of(created.getFirst().id()));
        assertThat(new String(again.bytes(), StandardCharsets.UTF_8)).contains("Lavender");
    }
}
