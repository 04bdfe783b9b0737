package org.xinye.ledger.ui.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.xinye.ledger.domain.AppVersion;
import org.xinye.ledger.domain.Messages;

/** {@link DialogService} with JavaFX alerts and the native file chooser; remembers the last folder. */
public final class FxDialogService implements DialogService {
    private static final String LAST_FOLDER = "lastFolder";
    private final Supplier<Window> owner;
    private final Preferences prefs;

    public FxDialogService(Supplier<Window> owner, Preferences prefs) {
        this.owner = owner;
        this.prefs = prefs;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        a.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO);
        DialogLook.dress(a);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void error(String title, String message, Throwable details) {
        Alert a = alert(Alert.AlertType.ERROR, title, message);
        if (details != null) {
            String report = report(details);
            TextArea area = new TextArea(report);
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(12);
            a.getDialogPane().setExpandableContent(area);
            ButtonType copy = new ButtonType(Messages.get("button.copyReport"), ButtonBar.ButtonData.LEFT);
            a.getButtonTypes().add(0, copy);
            // The copy button must not close the dialog.
            a.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(report);
                Clipboard.getSystemClipboard().setContent(c);
                e.consume();
            });
        }
        a.showAndWait();
    }

    /** What a support person needs: version, system, and the whole stack trace. */
    private static String report(Throwable t) {
        StringWriter w = new StringWriter();
        PrintWriter p = new PrintWriter(w);
        p.printf("Xinye Ledger %s · Java %s · %s %s · %s%n%n", AppVersion.get(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"),
                java.time.LocalDateTime.now().withNano(0));
        t.printStackTrace(p);
        p.flush();
        return w.toString();
    }

    @Override
    public void openWithSystem(Path path) {
        // AWT's Desktop knows each system's file manager and browser; it must not run on the FX thread.
        Thread t = new Thread(() -> {
            try {
                if (!java.nio.file.Files.exists(path)) {
                    java.nio.file.Files.createDirectories(path);
                }
                java.awt.Desktop.getDesktop().open(path.toFile());
            } catch (Exception e) {
                javafx.application.Platform.runLater(() -> info(Messages.get("open.failedTitle"),
                        Messages.get("open.failed", path)));
            }
        }, "open-with-system");
        t.setDaemon(true);
        t.start();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(message);
        a.getDialogPane().setMinWidth(480);
        DialogLook.dress(a);
        return a;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        return Optional.ofNullable(fc.showOpenDialog(owner.get())).map(f -> remember(f.toPath()));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        fc.setInitialFileName(suggestedName);
        return Optional.ofNullable(fc.showSaveDialog(owner.get())).map(f -> remember(f.toPath()));
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, boolean twice) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(message);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        PasswordField first = new PasswordField();
        first.setId("password");
        PasswordField second = new PasswordField();
        second.setId("passwordRepeat");
        Label mismatch = new Label();
        mismatch.getStyleClass().add("muted");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("password.label")), first);
        if (twice) {
            grid.addRow(1, new Label(Messages.get("password.repeat")), second);
            grid.add(mismatch, 1, 2);
            mismatch.textProperty().bind(javafx.beans.binding.Bindings.when(
                    first.textProperty().isEqualTo(second.textProperty()).or(second.textProperty().isEmpty()))
                    .then("").otherwise(Messages.get("password.mismatch")));
        }
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setMinWidth(440);
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(twice ? first.textProperty().isEmpty().or(first.textProperty().isNotEqualTo(second.textProperty()))
                : first.textProperty().isEmpty());
        DialogLook.dress(d);
        javafx.application.Platform.runLater(first::requestFocus);
        Optional<char[]> result = d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> first.getText().toCharArray());
        // PasswordField keeps a String internally; clearing it is the most this control allows.
        first.clear();
        second.clear();
        return result;
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options, int preselected) {
        ChoiceDialog<String> d = new ChoiceDialog<>(options.get(preselected), options);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(message);
        d.getDialogPane().setMinWidth(440);
        DialogLook.dress(d);
        return d.showAndWait().map(options::indexOf);
    }

    @Override
    public List<Path> chooseOpenFiles(String title, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        List<java.io.File> chosen = fc.showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(f -> remember(f.toPath())).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        String last = prefs.get(LAST_FOLDER, null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            dc.setInitialDirectory(Path.of(last).toFile());
        }
        return Optional.ofNullable(dc.showDialog(owner.get())).map(f -> {
            prefs.put(LAST_FOLDER, f.getAbsolutePath());
            return f.toPath();
        });
    }

    @Override
    public boolean form(String title, javafx.scene.Parent content, String okText,
                        java.util.function.BooleanSupplier accept) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        ButtonType ok = new ButtonType(okText, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        // A form's own content gets no margin from the theme (a message does): the same as a message's.
        javafx.scene.layout.StackPane padded = new javafx.scene.layout.StackPane(content);
        padded.setPadding(new javafx.geometry.Insets(14, 16, 6, 16));
        d.getDialogPane().setContent(padded);
        d.getDialogPane().setMinWidth(520);
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!accept.getAsBoolean()) {
                e.consume();
            }
        });
        DialogLook.dress(d);
        return d.showAndWait().filter(b -> b == ok).isPresent();
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.allFiles"), "*.*"));
        String last = prefs.get(LAST_FOLDER, null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            fc.setInitialDirectory(Path.of(last).toFile());
        }
        return fc;
    }

    private Path remember(Path chosen) {
        Path parent = chosen.toAbsolutePath().getParent();
        if (parent != null) {
            prefs.put(LAST_FOLDER, parent.toString());
        }
        return chosen;
    }

    /**
     * JavaFX printing: its page-setup and print dialogs are the system's and stay modal to
     * the window; the job then prints pictures of the PDF pages ({@link FxPrintJob}).
     */
    @Override
    public Optional<PrintJob> print(String jobName, boolean landscape, boolean pageSetupFirst) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            error(Messages.get("print.title"), Messages.get("print.noPrinter"), null);
            return Optional.empty();
        }
        PrinterJob job = FxPrintJob.create(null, jobName, landscape);
        if (job == null) {
            error(Messages.get("print.title"), Messages.get("print.noPrinter"), null);
            return Optional.empty();
        }
        if ((pageSetupFirst && !job.showPageSetupDialog(owner.get())) || !job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxPrintJob(job));
    }
}
