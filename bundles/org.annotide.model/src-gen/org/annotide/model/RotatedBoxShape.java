/**
 */
package org.annotide.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rotated Box Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Box rotated about its centre: centre, size, and angle in degrees, clockwise on screen (y down).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.RotatedBoxShape#getCx <em>Cx</em>}</li>
 *   <li>{@link org.annotide.model.RotatedBoxShape#getCy <em>Cy</em>}</li>
 *   <li>{@link org.annotide.model.RotatedBoxShape#getWidth <em>Width</em>}</li>
 *   <li>{@link org.annotide.model.RotatedBoxShape#getHeight <em>Height</em>}</li>
 *   <li>{@link org.annotide.model.RotatedBoxShape#getAngle <em>Angle</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getRotatedBoxShape()
 * @model
 * @generated
 */
public interface RotatedBoxShape extends Shape {
	/**
	 * Returns the value of the '<em><b>Cx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cx</em>' attribute.
	 * @see #setCx(double)
	 * @see org.annotide.model.AnnotidePackage#getRotatedBoxShape_Cx()
	 * @model
	 * @generated
	 */
	double getCx();

	/**
	 * Sets the value of the '{@link org.annotide.model.RotatedBoxShape#getCx <em>Cx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cx</em>' attribute.
	 * @see #getCx()
	 * @generated
	 */
	void setCx(double value);

	/**
	 * Returns the value of the '<em><b>Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cy</em>' attribute.
	 * @see #setCy(double)
	 * @see org.annotide.model.AnnotidePackage#getRotatedBoxShape_Cy()
	 * @model
	 * @generated
	 */
	double getCy();

	/**
	 * Sets the value of the '{@link org.annotide.model.RotatedBoxShape#getCy <em>Cy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cy</em>' attribute.
	 * @see #getCy()
	 * @generated
	 */
	void setCy(double value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.annotide.model.AnnotidePackage#getRotatedBoxShape_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.annotide.model.RotatedBoxShape#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.annotide.model.AnnotidePackage#getRotatedBoxShape_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.RotatedBoxShape#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Angle</em>' attribute.
	 * @see #setAngle(double)
	 * @see org.annotide.model.AnnotidePackage#getRotatedBoxShape_Angle()
	 * @model
	 * @generated
	 */
	double getAngle();

	/**
	 * Sets the value of the '{@link org.annotide.model.RotatedBoxShape#getAngle <em>Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Angle</em>' attribute.
	 * @see #getAngle()
	 * @generated
	 */
	void setAngle(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	ShapeKind getKind();

} // RotatedBoxShape
