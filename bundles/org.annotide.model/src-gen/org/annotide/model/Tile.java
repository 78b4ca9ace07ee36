/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A window onto its source image (the seed's ImageWithLabels). A tile owns no annotations: it shows the image's annotations that intersect its region, translated by the region's origin.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.Tile#getImage <em>Image</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getTileIndex <em>Tile Index</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getRow <em>Row</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getColumn <em>Column</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getX <em>X</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getY <em>Y</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getWidth <em>Width</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getHeight <em>Height</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.annotide.model.Tile#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getTile()
 * @model
 * @generated
 */
public interface Tile extends Identified {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.annotide.model.ImageAsset#getTiles <em>Tiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' container reference.
	 * @see org.annotide.model.AnnotidePackage#getTile_Image()
	 * @see org.annotide.model.ImageAsset#getTiles
	 * @model opposite="tiles" transient="false" changeable="false"
	 * @generated
	 */
	ImageAsset getImage();

	/**
	 * Returns the value of the '<em><b>Tile Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tile Index</em>' attribute.
	 * @see #setTileIndex(int)
	 * @see org.annotide.model.AnnotidePackage#getTile_TileIndex()
	 * @model
	 * @generated
	 */
	int getTileIndex();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getTileIndex <em>Tile Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tile Index</em>' attribute.
	 * @see #getTileIndex()
	 * @generated
	 */
	void setTileIndex(int value);

	/**
	 * Returns the value of the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row</em>' attribute.
	 * @see #setRow(int)
	 * @see org.annotide.model.AnnotidePackage#getTile_Row()
	 * @model
	 * @generated
	 */
	int getRow();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getRow <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row</em>' attribute.
	 * @see #getRow()
	 * @generated
	 */
	void setRow(int value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(int)
	 * @see org.annotide.model.AnnotidePackage#getTile_Column()
	 * @model
	 * @generated
	 */
	int getColumn();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(int value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.annotide.model.AnnotidePackage#getTile_X()
	 * @model
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.annotide.model.AnnotidePackage#getTile_Y()
	 * @model
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.annotide.model.AnnotidePackage#getTile_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.annotide.model.AnnotidePackage#getTile_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getTile_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getTile_UpdatedAt()
	 * @model
	 * @generated
	 */
	Date getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' map.
	 * @see org.annotide.model.AnnotidePackage#getTile_Metadata()
	 * @model mapType="org.annotide.model.StringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getMetadata();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.ImageStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task status of this tile (New, In progress, In review, Completed), as ImageAsset.status is the image's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.ImageStatus
	 * @see #setStatus(ImageStatus)
	 * @see org.annotide.model.AnnotidePackage#getTile_Status()
	 * @model
	 * @generated
	 */
	ImageStatus getStatus();

	/**
	 * Sets the value of the '{@link org.annotide.model.Tile#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.ImageStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ImageStatus value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other tiles cut from the same source image, in tile-index order.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Tile> getSiblings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training sets of the project that contain this tile; the many-to-many relation is stored once, on TrainingSet.tiles.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<TrainingSet> getTrainingSets();

} // Tile
