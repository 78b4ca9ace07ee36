/**
 */
package org.annotide.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Polygon Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Polygon with holes and several parts, stored flat: points holds x0 y0 x1 y1 ... of all rings; ringEnds holds the cumulative vertex count at the end of each ring; partEnds holds the cumulative ring count at the end of each part. In each part the first ring is the outer boundary and the others are holes. Empty ringEnds means one ring; empty partEnds means one part.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.PolygonShape#getPoints <em>Points</em>}</li>
 *   <li>{@link org.annotide.model.PolygonShape#getRingEnds <em>Ring Ends</em>}</li>
 *   <li>{@link org.annotide.model.PolygonShape#getPartEnds <em>Part Ends</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getPolygonShape()
 * @model
 * @generated
 */
public interface PolygonShape extends Shape {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(double[])
	 * @see org.annotide.model.AnnotidePackage#getPolygonShape_Points()
	 * @model dataType="org.annotide.model.DoubleArray"
	 * @generated
	 */
	double[] getPoints();

	/**
	 * Sets the value of the '{@link org.annotide.model.PolygonShape#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(double[] value);

	/**
	 * Returns the value of the '<em><b>Ring Ends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ring Ends</em>' attribute.
	 * @see #setRingEnds(int[])
	 * @see org.annotide.model.AnnotidePackage#getPolygonShape_RingEnds()
	 * @model dataType="org.annotide.model.IntArray"
	 * @generated
	 */
	int[] getRingEnds();

	/**
	 * Sets the value of the '{@link org.annotide.model.PolygonShape#getRingEnds <em>Ring Ends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ring Ends</em>' attribute.
	 * @see #getRingEnds()
	 * @generated
	 */
	void setRingEnds(int[] value);

	/**
	 * Returns the value of the '<em><b>Part Ends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part Ends</em>' attribute.
	 * @see #setPartEnds(int[])
	 * @see org.annotide.model.AnnotidePackage#getPolygonShape_PartEnds()
	 * @model dataType="org.annotide.model.IntArray"
	 * @generated
	 */
	int[] getPartEnds();

	/**
	 * Sets the value of the '{@link org.annotide.model.PolygonShape#getPartEnds <em>Part Ends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Ends</em>' attribute.
	 * @see #getPartEnds()
	 * @generated
	 */
	void setPartEnds(int[] value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	ShapeKind getKind();

} // PolygonShape
