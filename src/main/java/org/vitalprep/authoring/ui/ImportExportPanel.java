package org.vitalprep.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.vitalprep.authoring.AuthoredItem;
import org.vitalprep.authoring.AuthoringService;
import org.vitalprep.authoring.ConversionLine;
import org.vitalprep.authoring.ExportFile;
import org.vitalprep.authoring.ImportPreview;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Import a question file (native, Moodle XML, GIFT, Aiken, CSV): the report of every item comes first, and
 * nothing is stored until the instructor accepts it. Export the listed questions in any of the formats.
 */
class ImportExportPanel extends Div {

    private static final int MAX_UPLOAD = 20 * 1024 * 1024;

    private final AuthoringService authoring;
    private final Grid<ConversionLine> report = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button accept = new Button();
    private ImportPreview preview;

    ImportExportPanel(AuthoringService authoring, Supplier<List<AuthoredItem>> listed, Runnable onImported) {
        this.authoring = authoring;
        Select<String> format = new Select<>();
        format.setLabel("File format");
        format.setItems(authoring.importFormats());
        format.setItemLabelGenerator(ImportExportPanel::label);
        format.setValue("moodle-xml");
        format.setId("import-format");
        Select<String> module = new Select<>();
        module.setLabel("Module of the questions");
        module.setItems(AuthoringService.MODULES);
        module.setValue("foundations");
        module.setHelperText("A Moodle or GIFT category named like a module sets it per question");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            try {
                preview = authoring.previewImport(format.getValue(), meta.fileName(), bytes, module.getValue());
                showPreview();
            } catch (IllegalArgumentException e) {
                Notification.show(e.getMessage());
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setAcceptedFileTypes(".json", ".xml", ".txt", ".gift", ".csv");

        accept.setId("accept-import");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setVisible(false);
        accept.addClickListener(e -> {
            List<AuthoredItem> created = authoring.acceptImport(preview);
            Notification.show(created.size() + " draft(s) created. Review them before publishing.");
            preview = null;
            accept.setVisible(false);
            onImported.run();
        });
        report.setId("import-report");
        report.addColumn(l -> l.number() == 0 ? "file" : String.valueOf(l.number())).setHeader("#").setAutoWidth(true);
        report.addColumn(ConversionLine::status).setHeader("Result").setAutoWidth(true);
        report.addColumn(ConversionLine::where).setHeader("Where").setAutoWidth(true);
        report.addColumn(l -> l.questionId() == null ? "" : l.questionId()).setHeader("Question id").setAutoWidth(true);
        report.addColumn(l -> (l.reason() == null ? "" : l.reason())
                + (l.notes().isEmpty() ? "" : (l.reason() == null ? "" : " · ") + String.join("; ", l.notes())))
                .setHeader("Reason and notes").setFlexGrow(1);
        report.setAllRowsVisible(true);
        report.setVisible(false);

        Select<String> exportFormat = new Select<>();
        exportFormat.setLabel("Export the questions listed above as");
        exportFormat.setItems(authoring.importFormats());
        exportFormat.setItemLabelGenerator(ImportExportPanel::label);
        exportFormat.setValue("vitalprep");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportFile f = authoring.export(exportFormat.getValue(), listed.get().stream().map(AuthoredItem::id).toList());
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.contentType(),
                    f.bytes().length);
        }), "Download");
        download.setTarget(AnchorTarget.BLANK);
        download.setId("export-download");

        FlexLayout importBar = new FlexLayout(format, module, upload);
        importBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        importBar.addClassName("toolbar");
        FlexLayout exportBar = new FlexLayout(exportFormat, download);
        exportBar.setAlignItems(FlexLayout.Alignment.BASELINE);
        exportBar.addClassName("toolbar");
        add(new Paragraph("Import: choose the format, then upload the file. You see a report of every item first; "
                + "imported questions become your drafts only when you accept it."), importBar, summary, report, accept,
                exportBar);
    }

    private void showPreview() {
        summary.setText(preview.fileName() + ": " + preview.summary());
        summary.setId("import-summary");
        report.setItems(preview.report());
        report.setVisible(true);
        accept.setText("Accept: create " + preview.questions().size() + " draft(s)");
        accept.setVisible(!preview.questions().isEmpty());
    }

    private static String label(String code) {
        return switch (code) {
            case "vitalprep" -> "VitalPrep bank (JSON)";
            case "moodle-xml" -> "Moodle XML";
            case "gift" -> "GIFT";
            case "aiken" -> "Aiken";
            case "csv" -> "CSV";
            default -> code;
        };
    }
}
