package org.vemanager.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleSettingsTest {

    @TempDir
    Path dir;

    @Test
    void layoutSurvivesARestart() throws Exception {
        ConsoleSettings settings = ConsoleSettings.load(dir);
        settings.setWindowBounds(new Rectangle(10, 20, 900, 700));
        settings.setDividerLocation(333);
        settings.setMaximized(true);
        settings.setSelectedTab(2);
        settings.save();

        ConsoleSettings again = ConsoleSettings.load(dir);
        assertThat(again.windowBounds()).isEqualTo(new Rectangle(10, 20, 900, 700));
        assertThat(again.dividerLocation()).isEqualTo(333);
        assertThat(again.maximized()).isTrue();
        assertThat(again.selectedTab()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("console.properties"))).doesNotContainIgnoringCase("password=");
    }

    @Test
    void aDamagedLayoutFallsBackToDefaults() throws Exception {
        Files.writeString(dir.resolve("console.properties"), "window.divider=wide\nwindow.tab=x\nwindow.bounds=1,2\n");
        ConsoleSettings settings = ConsoleSettings.load(dir);
        assertThat(settings.dividerLocation()).isEqualTo(260);
        assertThat(settings.selectedTab()).isZero();
        assertThat(settings.windowBounds()).isNull();
        assertThat(settings.maximized()).isFalse();
    }
}
