package org.annotide.ui.editor.internal.handlers;

import java.util.function.Function;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.annotide.ui.editor.internal.tools.ToolKind;

/**
 * Every command of the annotation editor and what it does to the active editor. The command ids are
 * {@link AnnotationEditors#COMMAND_PREFIX} + {@link #id()}; plugin.xml declares them with their default keys.
 */
public enum EditorAction {
    ZOOM_IN("zoomIn", editor -> editor.canvas().zoomBy(4)),
    ZOOM_OUT("zoomOut", editor -> editor.canvas().zoomBy(-4)),
    ZOOM_FIT("zoomFit", editor -> editor.canvas().fit()),
    ZOOM_ACTUAL("zoomActual", editor -> editor.canvas().actualSize()),
    PAN_LEFT("panLeft", editor -> pan(editor, -1, 0)),
    PAN_RIGHT("panRight", editor -> pan(editor, 1, 0)),
    PAN_UP("panUp", editor -> pan(editor, 0, -1)),
    PAN_DOWN("panDown", editor -> pan(editor, 0, 1)),
    TOOL_SELECT("tool.select", editor -> editor.setTool(ToolKind.SELECT)),
    TOOL_BOX("tool.box", editor -> editor.setTool(ToolKind.BOX)),
    TOOL_ROTATED_BOX("tool.rotatedBox", editor -> editor.setTool(ToolKind.ROTATED_BOX)),
    TOOL_POLYGON("tool.polygon", editor -> editor.setTool(ToolKind.POLYGON)),
    TOOL_FREEHAND("tool.freehand", editor -> editor.setTool(ToolKind.FREEHAND)),
    TOOL_POLYLINE("tool.polyline", editor -> editor.setTool(ToolKind.POLYLINE)),
    TOOL_KEYPOINTS("tool.keypoints", editor -> editor.setTool(ToolKind.KEYPOINTS)),
    TOOL_ELLIPSE("tool.ellipse", editor -> editor.setTool(ToolKind.ELLIPSE)),
    TOOL_BRUSH("tool.brush", editor -> editor.setTool(ToolKind.BRUSH)),
    TOOL_ERASER("tool.eraser", editor -> editor.setTool(ToolKind.ERASER)),
    FINISH("finish", AnnotationEditor::finish),
    CANCEL("cancel", AnnotationEditor::cancel),
    DELETE_LAST_POINT("deleteLastPoint", AnnotationEditor::deleteLastPoint),
    LABEL_CLASS("labelClass", (editor, parameters) -> editor.labelClassByHotkey(parameters.apply(LabelClassParameter.ID))),
    IMAGE_CLASS("imageClass", AnnotationEditor::toggleImageClass),
    HIDE("hide", AnnotationEditor::hideSelection),
    SHOW_HIDDEN("showHidden", AnnotationEditor::showHidden),
    LOCK("lock", AnnotationEditor::toggleLock),
    CUT_HOLE("cutHole", AnnotationEditor::cutHole),
    ADD_PART("addPart", AnnotationEditor::addPart),
    ACCEPT("accept", AnnotationEditor::acceptPrediction),
    REJECT("reject", AnnotationEditor::rejectPrediction),
    NEXT("next", editor -> editor.next(1, false)),
    PREVIOUS("previous", editor -> editor.next(-1, false)),
    NEXT_IMAGE("nextImage", editor -> editor.next(1, true)),
    PREVIOUS_IMAGE("previousImage", editor -> editor.next(-1, true)),
    BRUSH_LARGER("brushLarger", editor -> editor.scaleBrush(1.25)),
    BRUSH_SMALLER("brushSmaller", editor -> editor.scaleBrush(0.8)),
    SKIP_KEYPOINT("skipKeypoint", AnnotationEditor::skipKeypoint),
    TOGGLE_OVERVIEW("toggleOverview", AnnotationEditor::toggleOverview),
    TOGGLE_DISPLAY("toggleDisplay", AnnotationEditor::toggleDisplayControls),
    EDIT_ATTRIBUTES("editAttributes", AnnotationEditor::editAttributes);

    private final String id;
    private final BiConsumer<AnnotationEditor, Function<String, String>> operation;

    EditorAction(String id, Consumer<AnnotationEditor> operation) {
        this(id, (editor, parameters) -> operation.accept(editor));
    }

    EditorAction(String id, BiConsumer<AnnotationEditor, Function<String, String>> operation) {
        this.id = id;
        this.operation = operation;
    }

    public String id() {
        return id;
    }

    public String commandId() {
        return AnnotationEditors.COMMAND_PREFIX + id;
    }

    public void run(AnnotationEditor editor, Function<String, String> parameters) {
        operation.accept(editor, parameters);
    }

    /** The action of a command id, or null when the id is not one of the editor's. */
    public static EditorAction ofCommand(String commandId) {
        for (EditorAction action : values()) {
            if (action.commandId().equals(commandId)) {
                return action;
            }
        }
        return null;
    }

    /** Pans by an eighth of the screen. */
    private static void pan(AnnotationEditor editor, int dx, int dy) {
        long stepX = Math.max(16, editor.canvas().viewport().screenWidth() / 8);
        long stepY = Math.max(16, editor.canvas().viewport().screenHeight() / 8);
        editor.canvas().panBy(dx * stepX, dy * stepY);
    }

    /** The parameter of the label class command: the class's hotkey. */
    public static final class LabelClassParameter {
        public static final String ID = "org.annotide.ui.editor.commands.labelClass.hotkey";

        private LabelClassParameter() {
        }
    }
}
