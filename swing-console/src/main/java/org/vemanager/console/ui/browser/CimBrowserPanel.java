package org.vemanager.console.ui.browser;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.table.DefaultTableModel;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.Results;
import org.vemanager.console.ui.Background;

/**
 * A generic CIM browser over one node: namespaces, the class tree with qualifiers, the instances of a
 * class, an instance's properties, its associators and references (double-click to follow), and any
 * extrinsic method through a form built from the method's parameters.
 */
public final class CimBrowserPanel extends JPanel {

    private final Supplier<NodeSession> session;
    private final Background background;
    private final JComboBox<String> namespace = new JComboBox<>(new String[] {NodeSession.VIRT, NodeSession.INTEROP});
    private final DefaultMutableTreeNode classRoot = new DefaultMutableTreeNode("Classes");
    private final JTree classTree = new JTree(new DefaultTreeModel(classRoot));
    private final DefaultListModel<CIMObjectPath> instances = new DefaultListModel<>();
    private final JList<CIMObjectPath> instanceList = new JList<>(instances);
    private final DefaultTableModel properties = new DefaultTableModel(new Object[] {"Property", "Type", "Value"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final DefaultTableModel qualifiers = new DefaultTableModel(new Object[] {"Element", "Qualifier", "Value"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final DefaultListModel<CIMObjectPath> related = new DefaultListModel<>();
    private final JList<CIMObjectPath> relatedList = new JList<>(related);
    private final JLabel selected = new JLabel(" ");
    private transient CIMClass currentClass;
    private transient CIMObjectPath currentInstance;

    public CimBrowserPanel(Supplier<NodeSession> session, Background background) {
        super(new BorderLayout(4, 4));
        this.session = session;
        this.background = background;
        setName("browser");
        classTree.setName("browser.classes");
        instanceList.setName("browser.instances");
        relatedList.setName("browser.related");
        namespace.setEditable(true);
        JButton load = new JButton("Load classes");
        load.setName("browser.load");
        load.addActionListener(e -> loadClasses());
        JButton associators = new JButton("Associators");
        associators.addActionListener(e -> loadRelated(true));
        JButton references = new JButton("References");
        references.addActionListener(e -> loadRelated(false));
        JButton invoke = new JButton("Invoke method…");
        invoke.setName("browser.invoke");
        invoke.addActionListener(e -> invokeMethod());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("Namespace"));
        top.add(namespace);
        top.add(load);
        top.add(associators);
        top.add(references);
        top.add(invoke);
        classTree.addTreeSelectionListener(e -> classSelected());
        instanceList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && instanceList.getSelectedValue() != null) {
                showInstance(instanceList.getSelectedValue());
            }
        });
        relatedList.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2 && relatedList.getSelectedValue() != null) {
                    showInstance(relatedList.getSelectedValue());
                }
            }
        });
        JTabbedPane details = new JTabbedPane();
        details.addTab("Properties", new JScrollPane(new JTable(properties)));
        details.addTab("Qualifiers", new JScrollPane(new JTable(qualifiers)));
        details.addTab("Associated", new JScrollPane(relatedList));
        JSplitPane middle = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(instanceList), details);
        middle.setResizeWeight(0.4);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(classTree), middle);
        split.setResizeWeight(0.3);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        add(selected, BorderLayout.SOUTH);
    }

    private String ns() {
        return String.valueOf(namespace.getSelectedItem()).strip();
    }

    private WBEMClient client() {
        NodeSession s = session.get();
        if (s == null) {
            throw new IllegalStateException("select a connected node in the cluster tree first");
        }
        return s.client();
    }

    /** Loads every class of the namespace (names and superclasses only) and builds the inheritance tree. */
    public void loadClasses() {
        String ns = ns();
        background.run("Load classes of " + ns, () -> Results.list(client().enumerateClasses(
                new CIMObjectPath(null, null, null, ns, null, null), true, true, false, false)), this::showClasses);
    }

    private void showClasses(List<CIMClass> classes) {
        Map<String, DefaultMutableTreeNode> byName = new HashMap<>();
        List<CIMClass> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparing(CIMClass::getName, String.CASE_INSENSITIVE_ORDER));
        for (CIMClass c : sorted) {
            byName.put(c.getName().toLowerCase(), new DefaultMutableTreeNode(c.getName()));
        }
        classRoot.removeAllChildren();
        for (CIMClass c : sorted) {
            DefaultMutableTreeNode item = byName.get(c.getName().toLowerCase());
            String superName = c.getSuperClassName();
            DefaultMutableTreeNode parent = superName == null ? null : byName.get(superName.toLowerCase());
            (parent != null ? parent : classRoot).add(item);
        }
        ((DefaultTreeModel) classTree.getModel()).reload();
        selected.setText(classes.size() + " classes in " + ns());
    }

    private void classSelected() {
        if (classTree.getSelectionPath() == null) {
            return;
        }
        Object item = ((DefaultMutableTreeNode) classTree.getSelectionPath().getLastPathComponent()).getUserObject();
        if (!(item instanceof String className) || classTree.getSelectionPath().getPathCount() < 2) {
            return;
        }
        String ns = ns();
        CIMObjectPath path = new CIMObjectPath(null, null, null, ns, className, null);
        background.run("Read class " + className, () -> new Object[] {
            client().getClass(path, false, true, true, null), Results.list(client().enumerateInstanceNames(path))}, result -> {
                currentClass = (CIMClass) result[0];
                @SuppressWarnings("unchecked")
                List<CIMObjectPath> names = (List<CIMObjectPath>) result[1];
                instances.clear();
                names.forEach(instances::addElement);
                showClassQualifiers(currentClass);
                selected.setText(className + ": " + names.size() + " instances");
            });
    }

    private void showClassQualifiers(CIMClass c) {
        qualifiers.setRowCount(0);
        addQualifiers(c.getName(), qualifiersOf(c.getQualifiers()));
        for (int i = 0; i < c.getPropertyCount(); i++) {
            addQualifiers(c.getProperty(i).getName(), qualifiersOf(c.getProperty(i).getQualifiers()));
        }
        for (int i = 0; i < c.getMethodCount(); i++) {
            CIMMethod<?> m = c.getMethod(i);
            addQualifiers(m.getName() + "()", qualifiersOf(m.getQualifiers()));
        }
    }

    private static CIMQualifier<?>[] qualifiersOf(CIMQualifier<?>[] q) {
        return q == null ? new CIMQualifier<?>[0] : q;
    }

    private void addQualifiers(String element, CIMQualifier<?>[] list) {
        for (CIMQualifier<?> q : list) {
            qualifiers.addRow(new Object[] {element, q.getName(), Values.text(q.getValue())});
        }
    }

    private void showInstance(CIMObjectPath path) {
        background.run("Read " + path.getObjectName(), () -> client().getInstance(path, false, false, null), instance -> {
            currentInstance = instance.getObjectPath();
            properties.setRowCount(0);
            for (CIMProperty<?> p : instance.getProperties()) {
                properties.addRow(new Object[] {p.getName(), p.getDataType(), Values.text(p.getValue())});
            }
            selected.setText(currentInstance.toString());
        });
    }

    private void loadRelated(boolean associators) {
        CIMObjectPath source = currentInstance;
        if (source == null) {
            selected.setText("Select an instance first");
            return;
        }
        background.run(associators ? "Associators" : "References", () -> associators
                ? Results.list(client().associatorNames(source, null, null, null, null))
                : Results.list(client().referenceNames(source, null, null)), paths -> {
                    related.clear();
                    paths.forEach(related::addElement);
                    selected.setText(paths.size() + (associators ? " associated instances" : " references") + " of " + source);
                });
    }

    private void invokeMethod() {
        CIMClass c = currentClass;
        if (c == null || c.getMethodCount() == 0) {
            selected.setText("Select a class with methods (and an instance, unless the method is static)");
            return;
        }
        CIMObjectPath target = currentInstance != null ? currentInstance : new CIMObjectPath(null, null, null, ns(), c.getName(), null);
        new MethodForm(c, target, session.get(), background).show(this);
    }
}
