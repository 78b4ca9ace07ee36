/**
 */
package org.annotide.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ellipse Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ellipse: centre, radii along its own axes, and rotation in degrees, clockwise on screen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.EllipseShape#getCx <em>Cx</em>}</li>
 *   <li>{@link org.annotide.model.EllipseShape#getCy <em>Cy</em>}</li>
 *   <li>{@link org.annotide.model.EllipseShape#getRx <em>Rx</em>}</li>
 *   <li>{@link org.annotide.model.EllipseShape#getRy <em>Ry</em>}</li>
 *   <li>{@link org.annotide.model.EllipseShape#getAngle <em>Angle</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getEllipseShape()
 * @model
 * @generated
 */
public interface EllipseShape extends Shape {
	/**
	 * Returns the value of the '<em><b>Cx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cx</em>' attribute.
	 * @see #setCx(double)
	 * @see org.annotide.model.AnnotidePackage#getEllipseShape_Cx()
	 * @model
	 * @generated
	 */
	double getCx();

	/**
	 * Sets the value of the '{@link org.annotide.model.EllipseShape#getCx <em>Cx</em>}' attribute.
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
	 * @see org.annotide.model.AnnotidePackage#getEllipseShape_Cy()
	 * @model
	 * @generated
	 */
	double getCy();

	/**
	 * Sets the value of the '{@link org.annotide.model.EllipseShape#getCy <em>Cy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cy</em>' attribute.
	 * @see #getCy()
	 * @generated
	 */
	void setCy(double value);

	/**
	 * Returns the value of the '<em><b>Rx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rx</em>' attribute.
	 * @see #setRx(double)
	 * @see org.annotide.model.AnnotidePackage#getEllipseShape_Rx()
	 * @model
	 * @generated
	 */
	double getRx();

	/**
	 * Sets the value of the '{@link org.annotide.model.EllipseShape#getRx <em>Rx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rx</em>' attribute.
	 * @see #getRx()
	 * @generated
	 */
	void setRx(double value);

	/**
	 * Returns the value of the '<em><b>Ry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ry</em>' attribute.
	 * @see #setRy(double)
	 * @see org.annotide.model.AnnotidePackage#getEllipseShape_Ry()
	 * @model
	 * @generated
	 */
	double getRy();

	/**
	 * Sets the value of the '{@link org.annotide.model.EllipseShape#getRy <em>Ry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ry</em>' attribute.
	 * @see #getRy()
	 * @generated
	 */
	void setRy(double value);

	/**
	 * Returns the value of the '<em><b>Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Angle</em>' attribute.
	 * @see #setAngle(double)
	 * @see org.annotide.model.AnnotidePackage#getEllipseShape_Angle()
	 * @model
	 * @generated
	 */
	double getAngle();

	/**
	 * Sets the value of the '{@link org.annotide.model.EllipseShape#getAngle <em>Angle</em>}' attribute.
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

} // EllipseShape
