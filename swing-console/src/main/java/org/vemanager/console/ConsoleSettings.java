package org.vemanager.console;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.vemanager.console.client.NodeEndpoint;

/**
 * What the console remembers between runs, in the user's config dir: the nodes (URL and user — never
 * a password), the theme and the window layout. Pinned certificates live beside it.
 */
public final class ConsoleSettings {

    private final Path dir;
    private final Properties values = new Properties();

    private ConsoleSettings(Path dir) {
        this.dir = dir;
    }

    /** {@code $XDG_CONFIG_HOME/vem} or {@code ~/.config/vem} ({@code %APPDATA%\vem} on Windows). */
    public static Path defaultDir() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String appData = System.getenv("APPDATA");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "vem");
        }
        if (appData != null && !appData.isBlank()) {
            return Path.of(appData, "vem");
        }
        return Path.of(System.getProperty("user.home"), ".config", "vem");
    }

    public static ConsoleSettings load(Path dir) {
        ConsoleSettings settings = new ConsoleSettings(dir);
        Path file = dir.resolve("console.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException e) {
                System.getLogger(ConsoleSettings.class.getName()).log(System.Logger.Level.WARNING,
                        "ignoring unreadable settings " + file + ": " + e.getMessage());
            }
        }
        return settings;
    }

    public Path dir() {
        return dir;
    }

    public Path pinsFile() {
        return dir.resolve("known-nodes.properties");
    }

    public synchronized List<NodeEndpoint> nodes() {
        List<NodeEndpoint> nodes = new ArrayList<>();
        for (int i = 0; values.containsKey("node." + i + ".url"); i++) {
            try {
                nodes.add(NodeEndpoint.parse(values.getProperty("node." + i + ".url"),
                        values.getProperty("node." + i + ".user", "admin")));
            } catch (IllegalArgumentException e) {
                System.getLogger(ConsoleSettings.class.getName()).log(System.Logger.Level.WARNING,
                        "ignoring node " + i + ": " + e.getMessage());
            }
        }
        return nodes;
    }

    public synchronized void setNodes(List<NodeEndpoint> nodes) {
        values.keySet().removeIf(k -> k.toString().startsWith("node."));
        for (int i = 0; i < nodes.size(); i++) {
            values.setProperty("node." + i + ".url", nodes.get(i).url().toString());
            values.setProperty("node." + i + ".user", nodes.get(i).user());
        }
    }

    public synchronized boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public synchronized void setDarkTheme(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
    }

    public synchronized Rectangle windowBounds() {
        String[] parts = values.getProperty("window.bounds", "").split(",");
        if (parts.length != 4) {
            return null;
        }
        try {
            return new Rectangle(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public synchronized void setWindowBounds(Rectangle r) {
        values.setProperty("window.bounds", r.x + "," + r.y + "," + r.width + "," + r.height);
    }

    public synchronized int dividerLocation() {
        try {
            return Integer.parseInt(values.getProperty("window.divider", "260"));
        } catch (NumberFormatException e) {
            return 260;
        }
    }

    public synchronized void setDividerLocation(int location) {
        values.setProperty("window.divider", Integer.toString(location));
    }

    public synchronized boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
    }

    public synchronized void setMaximized(boolean maximized) {
        values.setProperty("window.maximized", Boolean.toString(maximized));
    }

    /** The main window's tab in front when it closed (0: the VM table). */
    public synchronized int selectedTab() {
        try {
            return Integer.parseInt(values.getProperty("window.tab", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public synchronized void setSelectedTab(int index) {
        values.setProperty("window.tab", Integer.toString(index));
    }

    public synchronized void save() throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "console", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            values.store(out, "VE-manager console settings (no passwords are ever stored here)");
        }
        Files.move(temp, dir.resolve("console.properties"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
