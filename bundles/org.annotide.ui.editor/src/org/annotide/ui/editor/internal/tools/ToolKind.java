package org.annotide.ui.editor.internal.tools;

import java.util.function.Function;

/** The tools of the editor, with the command that activates each. */
public enum ToolKind {
    SELECT("select", "Select and Edit", SelectTool::new),
    BOX("box", "Box", site -> new BoxTool(site, false)),
    ROTATED_BOX("rotatedBox", "Rotated Box", RotatedBoxTool::new),
    POLYGON("polygon", "Polygon", site -> new PathTool(site, true, false)),
    FREEHAND("freehand", "Freehand Polygon", site -> new PathTool(site, true, true)),
    POLYLINE("polyline", "Polyline", site -> new PathTool(site, false, false)),
    KEYPOINTS("keypoints", "Keypoints", KeypointsTool::new),
    ELLIPSE("ellipse", "Ellipse", site -> new BoxTool(site, true)),
    BRUSH("brush", "Mask Brush", site -> new BrushTool(site, false)),
    ERASER("eraser", "Mask Eraser", site -> new BrushTool(site, true));

    private final String id;
    private final String label;
    private final Function<ToolSite, Tool> factory;

    ToolKind(String id, String label, Function<ToolSite, Tool> factory) {
        this.id = id;
        this.label = label;
        this.factory = factory;
    }

    /** The tool's name for people. */
    public String label() {
        return label;
    }

    /** The last segment of the tool's command id and the name of its icon. */
    public String id() {
        return id;
    }

    public Tool create(ToolSite site) {
        return factory.apply(site);
    }

    public static ToolKind byId(String id) {
        for (ToolKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no tool " + id);
    }
}
