/**
 */
package org.annotide.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.LabelClass#getColor <em>Color</em>}</li>
 *   <li>{@link org.annotide.model.LabelClass#getHotkey <em>Hotkey</em>}</li>
 *   <li>{@link org.annotide.model.LabelClass#getSupercategory <em>Supercategory</em>}</li>
 *   <li>{@link org.annotide.model.LabelClass#getAllowedShapes <em>Allowed Shapes</em>}</li>
 *   <li>{@link org.annotide.model.LabelClass#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.annotide.model.LabelClass#getKeypointNames <em>Keypoint Names</em>}</li>
 *   <li>{@link org.annotide.model.LabelClass#getSkeletonEdges <em>Skeleton Edges</em>}</li>
 *   <li>{@link org.annotide.model.LabelClass#getKeypointSigmas <em>Keypoint Sigmas</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getLabelClass()
 * @model
 * @generated
 */
public interface LabelClass extends Named {
	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * The default value is <code>"#ff0000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display colour as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_Color()
	 * @model default="#ff0000"
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.annotide.model.LabelClass#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Hotkey</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hotkey</em>' attribute.
	 * @see #setHotkey(String)
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_Hotkey()
	 * @model
	 * @generated
	 */
	String getHotkey();

	/**
	 * Sets the value of the '{@link org.annotide.model.LabelClass#getHotkey <em>Hotkey</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hotkey</em>' attribute.
	 * @see #getHotkey()
	 * @generated
	 */
	void setHotkey(String value);

	/**
	 * Returns the value of the '<em><b>Supercategory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supercategory</em>' attribute.
	 * @see #setSupercategory(String)
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_Supercategory()
	 * @model
	 * @generated
	 */
	String getSupercategory();

	/**
	 * Sets the value of the '{@link org.annotide.model.LabelClass#getSupercategory <em>Supercategory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supercategory</em>' attribute.
	 * @see #getSupercategory()
	 * @generated
	 */
	void setSupercategory(String value);

	/**
	 * Returns the value of the '<em><b>Allowed Shapes</b></em>' attribute list.
	 * The list contents are of type {@link org.annotide.model.ShapeKind}.
	 * The literals are from the enumeration {@link org.annotide.model.ShapeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shape kinds that may carry this class; empty means any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed Shapes</em>' attribute list.
	 * @see org.annotide.model.ShapeKind
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_AllowedShapes()
	 * @model
	 * @generated
	 */
	EList<ShapeKind> getAllowedShapes();

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeDefinition> getAttributes();

	/**
	 * Returns the value of the '<em><b>Keypoint Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keypoint Names</em>' attribute list.
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_KeypointNames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getKeypointNames();

	/**
	 * Returns the value of the '<em><b>Skeleton Edges</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pairs of 0-based keypoint indices joined by a bone: [a0, b0, a1, b1, ...].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skeleton Edges</em>' attribute.
	 * @see #setSkeletonEdges(int[])
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_SkeletonEdges()
	 * @model dataType="org.annotide.model.IntArray"
	 * @generated
	 */
	int[] getSkeletonEdges();

	/**
	 * Sets the value of the '{@link org.annotide.model.LabelClass#getSkeletonEdges <em>Skeleton Edges</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skeleton Edges</em>' attribute.
	 * @see #getSkeletonEdges()
	 * @generated
	 */
	void setSkeletonEdges(int[] value);

	/**
	 * Returns the value of the '<em><b>Keypoint Sigmas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-keypoint OKS sigmas; empty means the evaluator's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keypoint Sigmas</em>' attribute.
	 * @see #setKeypointSigmas(double[])
	 * @see org.annotide.model.AnnotidePackage#getLabelClass_KeypointSigmas()
	 * @model dataType="org.annotide.model.DoubleArray"
	 * @generated
	 */
	double[] getKeypointSigmas();

	/**
	 * Sets the value of the '{@link org.annotide.model.LabelClass#getKeypointSigmas <em>Keypoint Sigmas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keypoint Sigmas</em>' attribute.
	 * @see #getKeypointSigmas()
	 * @generated
	 */
	void setKeypointSigmas(double[] value);

} // LabelClass
