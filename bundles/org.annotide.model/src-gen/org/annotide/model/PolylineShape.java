/**
 */
package org.annotide.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Polyline Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.PolylineShape#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getPolylineShape()
 * @model
 * @generated
 */
public interface PolylineShape extends Shape {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(double[])
	 * @see org.annotide.model.AnnotidePackage#getPolylineShape_Points()
	 * @model dataType="org.annotide.model.DoubleArray"
	 * @generated
	 */
	double[] getPoints();

	/**
	 * Sets the value of the '{@link org.annotide.model.PolylineShape#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(double[] value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	ShapeKind getKind();

} // PolylineShape
