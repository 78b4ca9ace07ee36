/**
 */
package org.annotide.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mask Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Binary mask inside the pixel window (x, y, width, height), run-length encoded in row-major order: counts alternate background and foreground runs, starting with background (possibly 0).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.MaskShape#getX <em>X</em>}</li>
 *   <li>{@link org.annotide.model.MaskShape#getY <em>Y</em>}</li>
 *   <li>{@link org.annotide.model.MaskShape#getWidth <em>Width</em>}</li>
 *   <li>{@link org.annotide.model.MaskShape#getHeight <em>Height</em>}</li>
 *   <li>{@link org.annotide.model.MaskShape#getCounts <em>Counts</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getMaskShape()
 * @model
 * @generated
 */
public interface MaskShape extends Shape {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.annotide.model.AnnotidePackage#getMaskShape_X()
	 * @model
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.annotide.model.MaskShape#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.annotide.model.AnnotidePackage#getMaskShape_Y()
	 * @model
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.annotide.model.MaskShape#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.annotide.model.AnnotidePackage#getMaskShape_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.annotide.model.MaskShape#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.annotide.model.AnnotidePackage#getMaskShape_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.MaskShape#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counts</em>' attribute.
	 * @see #setCounts(int[])
	 * @see org.annotide.model.AnnotidePackage#getMaskShape_Counts()
	 * @model dataType="org.annotide.model.IntArray"
	 * @generated
	 */
	int[] getCounts();

	/**
	 * Sets the value of the '{@link org.annotide.model.MaskShape#getCounts <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counts</em>' attribute.
	 * @see #getCounts()
	 * @generated
	 */
	void setCounts(int[] value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	ShapeKind getKind();

} // MaskShape
