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
 *   <li>{@link org.annotide.model.SelectionRound#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.annotide.model.SelectionRound#getLabelledCount <em>Labelled Count</em>}</li>
 *   <li>{@link org.annotide.model.SelectionRound#getAccuracy <em>Accuracy</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the first entries are the batch to label (0: not recorded, a round of an older version).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.annotide.model.AnnotidePackage#getSelectionRound_BatchSize()
	 * @model
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionRound#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Labelled Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many images of the project were labelled when the round was selected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labelled Count</em>' attribute.
	 * @see #setLabelledCount(int)
	 * @see org.annotide.model.AnnotidePackage#getSelectionRound_LabelledCount()
	 * @model
	 * @generated
	 */
	int getLabelledCount();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionRound#getLabelledCount <em>Labelled Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Labelled Count</em>' attribute.
	 * @see #getLabelledCount()
	 * @generated
	 */
	void setLabelledCount(int value);

	/**
	 * Returns the value of the '<em><b>Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model's validation top-1 accuracy (0..1) when the round was selected; null when the model recorded none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accuracy</em>' attribute.
	 * @see #setAccuracy(Double)
	 * @see org.annotide.model.AnnotidePackage#getSelectionRound_Accuracy()
	 * @model
	 * @generated
	 */
	Double getAccuracy();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionRound#getAccuracy <em>Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accuracy</em>' attribute.
	 * @see #getAccuracy()
	 * @generated
	 */
	void setAccuracy(Double value);

} // SelectionRound
