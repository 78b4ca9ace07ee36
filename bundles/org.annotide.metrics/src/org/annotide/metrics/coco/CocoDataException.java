package org.annotide.metrics.coco;

/**
 * A COCO file cannot be evaluated: it is not valid JSON, lacks a field the evaluation needs, or (like
 * pycocotools' loadRes assertion) its detections name images that the ground truth does not have. The message
 * names the file and, where known, the line, column or array element.
 */
public class CocoDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CocoDataException(String message) {
        super(message);
    }

    public CocoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
