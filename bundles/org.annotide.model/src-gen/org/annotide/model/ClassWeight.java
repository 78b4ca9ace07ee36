/**
 */
package org.annotide.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Class Weight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.ClassWeight#getLabelClass <em>Label Class</em>}</li>
 *   <li>{@link org.annotide.model.ClassWeight#getIouWeight <em>Iou Weight</em>}</li>
 *   <li>{@link org.annotide.model.ClassWeight#getCategoryWeight <em>Category Weight</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getClassWeight()
 * @model
 * @generated
 */
public interface ClassWeight extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Class</em>' reference.
	 * @see #setLabelClass(LabelClass)
	 * @see org.annotide.model.AnnotidePackage#getClassWeight_LabelClass()
	 * @model
	 * @generated
	 */
	LabelClass getLabelClass();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassWeight#getLabelClass <em>Label Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Class</em>' reference.
	 * @see #getLabelClass()
	 * @generated
	 */
	void setLabelClass(LabelClass value);

	/**
	 * Returns the value of the '<em><b>Iou Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iou Weight</em>' attribute.
	 * @see #setIouWeight(double)
	 * @see org.annotide.model.AnnotidePackage#getClassWeight_IouWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getIouWeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassWeight#getIouWeight <em>Iou Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iou Weight</em>' attribute.
	 * @see #getIouWeight()
	 * @generated
	 */
	void setIouWeight(double value);

	/**
	 * Returns the value of the '<em><b>Category Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category Weight</em>' attribute.
	 * @see #setCategoryWeight(double)
	 * @see org.annotide.model.AnnotidePackage#getClassWeight_CategoryWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getCategoryWeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassWeight#getCategoryWeight <em>Category Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Weight</em>' attribute.
	 * @see #getCategoryWeight()
	 * @generated
	 */
	void setCategoryWeight(double value);

} // ClassWeight
