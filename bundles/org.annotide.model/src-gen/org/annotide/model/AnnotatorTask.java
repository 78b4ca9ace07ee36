/**
 */
package org.annotide.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotator Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One trainee's copy of one benchmark image: the trainee draws into annotations and never sees the ground truth.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.AnnotatorTask#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.annotide.model.AnnotatorTask#getImage <em>Image</em>}</li>
 *   <li>{@link org.annotide.model.AnnotatorTask#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.AnnotatorTask#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.annotide.model.AnnotatorTask#getSubmissions <em>Submissions</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getAnnotatorTask()
 * @model
 * @generated
 */
public interface AnnotatorTask extends EObject {
	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' reference.
	 * @see #setAnnotator(User)
	 * @see org.annotide.model.AnnotidePackage#getAnnotatorTask_Annotator()
	 * @model
	 * @generated
	 */
	User getAnnotator();

	/**
	 * Sets the value of the '{@link org.annotide.model.AnnotatorTask#getAnnotator <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' reference.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(User value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(ImageAsset)
	 * @see org.annotide.model.AnnotidePackage#getAnnotatorTask_Image()
	 * @model
	 * @generated
	 */
	ImageAsset getImage();

	/**
	 * Sets the value of the '{@link org.annotide.model.AnnotatorTask#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(ImageAsset value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.TaskStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.TaskStatus
	 * @see #setStatus(TaskStatus)
	 * @see org.annotide.model.AnnotidePackage#getAnnotatorTask_Status()
	 * @model
	 * @generated
	 */
	TaskStatus getStatus();

	/**
	 * Sets the value of the '{@link org.annotide.model.AnnotatorTask#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.TaskStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TaskStatus value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getAnnotatorTask_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Submissions</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.Submission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submissions</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getAnnotatorTask_Submissions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Submission> getSubmissions();

} // AnnotatorTask
