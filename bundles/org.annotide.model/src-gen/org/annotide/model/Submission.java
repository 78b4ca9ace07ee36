/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Submission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A frozen copy of a task's annotations at submission, with the scores computed for it (one per scoring run).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.Submission#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.annotide.model.Submission#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.annotide.model.Submission#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getSubmission()
 * @model
 * @generated
 */
public interface Submission extends EObject {
	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getSubmission_SubmittedAt()
	 * @model
	 * @generated
	 */
	Date getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.Submission#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getSubmission_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getSubmission_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

} // Submission
