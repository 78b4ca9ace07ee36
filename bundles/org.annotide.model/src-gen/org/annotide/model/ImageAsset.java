/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.ImageAsset#getLocation <em>Location</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getWidth <em>Width</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getHeight <em>Height</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getBands <em>Bands</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getPixelType <em>Pixel Type</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getExifOrientation <em>Exif Orientation</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getFormat <em>Format</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.annotide.model.ImageAsset#getTiles <em>Tiles</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getImageAsset()
 * @model
 * @generated
 */
public interface ImageAsset extends Named {
	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the pixels are: a path relative to the project folder, an absolute path, or a URI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getWidth <em>Width</em>}' attribute.
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
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' attribute.
	 * @see #setBands(int)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Bands()
	 * @model default="3"
	 * @generated
	 */
	int getBands();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getBands <em>Bands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bands</em>' attribute.
	 * @see #getBands()
	 * @generated
	 */
	void setBands(int value);

	/**
	 * Returns the value of the '<em><b>Pixel Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.PixelType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pixel Type</em>' attribute.
	 * @see org.annotide.model.PixelType
	 * @see #setPixelType(PixelType)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_PixelType()
	 * @model
	 * @generated
	 */
	PixelType getPixelType();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getPixelType <em>Pixel Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pixel Type</em>' attribute.
	 * @see org.annotide.model.PixelType
	 * @see #getPixelType()
	 * @generated
	 */
	void setPixelType(PixelType value);

	/**
	 * Returns the value of the '<em><b>Exif Orientation</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EXIF orientation 1-8 of the file; width and height are those after the orientation is applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exif Orientation</em>' attribute.
	 * @see #setExifOrientation(int)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_ExifOrientation()
	 * @model default="1"
	 * @generated
	 */
	int getExifOrientation();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getExifOrientation <em>Exif Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exif Orientation</em>' attribute.
	 * @see #getExifOrientation()
	 * @generated
	 */
	void setExifOrientation(int value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.ImageStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.ImageStatus
	 * @see #setStatus(ImageStatus)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Status()
	 * @model
	 * @generated
	 */
	ImageStatus getStatus();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.ImageStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ImageStatus value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_ImportedAt()
	 * @model
	 * @generated
	 */
	Date getImportedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.ImageAsset#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' map.
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Metadata()
	 * @model mapType="org.annotide.model.StringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getMetadata();

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All annotations of the image in image pixel coordinates, including those drawn on one of its tiles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Tiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.Tile}.
	 * It is bidirectional and its opposite is '{@link org.annotide.model.Tile#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tiles</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getImageAsset_Tiles()
	 * @see org.annotide.model.Tile#getImage
	 * @model opposite="image" containment="true"
	 * @generated
	 */
	EList<Tile> getTiles();

} // ImageAsset
