/**
 */
package org.annotide.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Selection Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.SelectionEntry#getImage <em>Image</em>}</li>
 *   <li>{@link org.annotide.model.SelectionEntry#getTile <em>Tile</em>}</li>
 *   <li>{@link org.annotide.model.SelectionEntry#getScore <em>Score</em>}</li>
 *   <li>{@link org.annotide.model.SelectionEntry#isSkipped <em>Skipped</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getSelectionEntry()
 * @model
 * @generated
 */
public interface SelectionEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(ImageAsset)
	 * @see org.annotide.model.AnnotidePackage#getSelectionEntry_Image()
	 * @model
	 * @generated
	 */
	ImageAsset getImage();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionEntry#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(ImageAsset value);

	/**
	 * Returns the value of the '<em><b>Tile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tile</em>' reference.
	 * @see #setTile(Tile)
	 * @see org.annotide.model.AnnotidePackage#getSelectionEntry_Tile()
	 * @model
	 * @generated
	 */
	Tile getTile();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionEntry#getTile <em>Tile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tile</em>' reference.
	 * @see #getTile()
	 * @generated
	 */
	void setTile(Tile value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.annotide.model.AnnotidePackage#getSelectionEntry_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionEntry#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user skipped the image when this round offered it (Prodigy's ignore): later rounds leave it out of their pool until it is un-skipped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skipped</em>' attribute.
	 * @see #setSkipped(boolean)
	 * @see org.annotide.model.AnnotidePackage#getSelectionEntry_Skipped()
	 * @model
	 * @generated
	 */
	boolean isSkipped();

	/**
	 * Sets the value of the '{@link org.annotide.model.SelectionEntry#isSkipped <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skipped</em>' attribute.
	 * @see #isSkipped()
	 * @generated
	 */
	void setSkipped(boolean value);

} // SelectionEntry
