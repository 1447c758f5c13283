package org.vemanager.console.ui.cluster;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.Icon;
import javax.swing.UIManager;
import org.vemanager.console.client.VmState;
import org.vemanager.console.model.NodeStatus;

/** Small round state badges; colours come from the theme (see VemConsole.properties). */
public final class StateIcons {

    private static final Map<VmState, String> VM_KEYS = new EnumMap<>(Map.of(
            VmState.RUNNING, "Vem.state.running", VmState.PAUSED, "Vem.state.paused",
            VmState.OFF, "Vem.state.off", VmState.SAVED, "Vem.state.saved",
            VmState.SHUTTING_DOWN, "Vem.state.transition", VmState.STARTING, "Vem.state.transition",
            VmState.UNKNOWN, "Vem.state.unknown"));

    private StateIcons() {
    }

    public static Icon of(VmState state) {
        return new Dot(VM_KEYS.get(state));
    }

    public static Icon of(NodeStatus status) {
        String key = switch (status) {
            case ONLINE -> "Vem.state.running";
            case CONNECTING -> "Vem.state.transition";
            default -> "Vem.state.failed";
        };
        return new Dot(key);
    }

    private record Dot(String colorKey) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color color = UIManager.getColor(colorKey);
            g2.setColor(color != null ? color : Color.GRAY);
            g2.fillOval(x + 2, y + 2, 10, 10);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 14;
        }

        @Override
        public int getIconHeight() {
            return 14;
        }
    }
}
