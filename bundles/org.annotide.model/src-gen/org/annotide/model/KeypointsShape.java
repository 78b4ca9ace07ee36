/**
 */
package org.annotide.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Keypoints Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Keypoints in the order of the label class's keypoint names: points holds x y per keypoint; visibility holds 0 (not labelled), 1 (labelled, not visible) or 2 (visible) per keypoint, as COCO does.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.KeypointsShape#getPoints <em>Points</em>}</li>
 *   <li>{@link org.annotide.model.KeypointsShape#getVisibility <em>Visibility</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getKeypointsShape()
 * @model
 * @generated
 */
public interface KeypointsShape extends Shape {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(double[])
	 * @see org.annotide.model.AnnotidePackage#getKeypointsShape_Points()
	 * @model dataType="org.annotide.model.DoubleArray"
	 * @generated
	 */
	double[] getPoints();

	/**
	 * Sets the value of the '{@link org.annotide.model.KeypointsShape#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(double[] value);

	/**
	 * Returns the value of the '<em><b>Visibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visibility</em>' attribute.
	 * @see #setVisibility(int[])
	 * @see org.annotide.model.AnnotidePackage#getKeypointsShape_Visibility()
	 * @model dataType="org.annotide.model.IntArray"
	 * @generated
	 */
	int[] getVisibility();

	/**
	 * Sets the value of the '{@link org.annotide.model.KeypointsShape#getVisibility <em>Visibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visibility</em>' attribute.
	 * @see #getVisibility()
	 * @generated
	 */
	void setVisibility(int[] value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	ShapeKind getKind();

} // KeypointsShape
