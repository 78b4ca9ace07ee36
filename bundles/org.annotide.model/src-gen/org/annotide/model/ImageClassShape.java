/**
 */
package org.annotide.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Class Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An image-level class: the annotation's label class applies to the whole image (or tile).
 * <!-- end-model-doc -->
 *
 *
 * @see org.annotide.model.AnnotidePackage#getImageClassShape()
 * @model
 * @generated
 */
public interface ImageClassShape extends Shape {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	ShapeKind getKind();

} // ImageClassShape
