/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Selection Round</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One active-learning round: the strategy, the model it consulted, and the items it proposed to label next, most informative first.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.SelectionRound#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.annotide.model.SelectionRound#getModel <em>Model</em>}</li>
 *   <li>{@link org.annotide.model.SelectionRound#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.SelectionRound#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getSelectionRound()
 * @model
 * @generated
 */
public interface SelectionRound extends Named {
	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see #setStrategy(String)
	 * @see org.annotide.model.AnnotidePackage#getSelectionRound_Strategy()
	 * @model
	 * @generated
	 */
	String getStrategy();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionRound#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' reference.
	 * @see #setModel(TrainedModel)
	 * @see org.annotide.model.AnnotidePackage#getSelectionRound_Model()
	 * @model
	 * @generated
	 */
	TrainedModel getModel();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionRound#getModel <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(TrainedModel value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getSelectionRound_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionRound#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.SelectionEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getSelectionRound_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<SelectionEntry> getEntries();

} // SelectionRound
