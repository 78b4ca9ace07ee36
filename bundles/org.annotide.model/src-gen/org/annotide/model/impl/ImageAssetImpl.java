/**
 */
package org.annotide.model.impl;

import java.util.Collection;
import java.util.Date;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.PixelType;
import org.annotide.model.Tile;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getBands <em>Bands</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getPixelType <em>Pixel Type</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getExifOrientation <em>Exif Orientation</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.annotide.model.impl.ImageAssetImpl#getTiles <em>Tiles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageAssetImpl extends NamedImpl implements ImageAsset {
	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBands() <em>Bands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected static final int BANDS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getBands() <em>Bands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected int bands = BANDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPixelType() <em>Pixel Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPixelType()
	 * @generated
	 * @ordered
	 */
	protected static final PixelType PIXEL_TYPE_EDEFAULT = PixelType.UINT8;

	/**
	 * The cached value of the '{@link #getPixelType() <em>Pixel Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPixelType()
	 * @generated
	 * @ordered
	 */
	protected PixelType pixelType = PIXEL_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExifOrientation() <em>Exif Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExifOrientation()
	 * @generated
	 * @ordered
	 */
	protected static final int EXIF_ORIENTATION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getExifOrientation() <em>Exif Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExifOrientation()
	 * @generated
	 * @ordered
	 */
	protected int exifOrientation = EXIF_ORIENTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ImageStatus STATUS_EDEFAULT = ImageStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ImageStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Date importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> metadata;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getTiles() <em>Tiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiles()
	 * @generated
	 * @ordered
	 */
	protected EList<Tile> tiles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageAssetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.IMAGE_ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBands() {
		return bands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBands(int newBands) {
		int oldBands = bands;
		bands = newBands;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__BANDS, oldBands, bands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PixelType getPixelType() {
		return pixelType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPixelType(PixelType newPixelType) {
		PixelType oldPixelType = pixelType;
		pixelType = newPixelType == null ? PIXEL_TYPE_EDEFAULT : newPixelType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__PIXEL_TYPE, oldPixelType, pixelType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExifOrientation() {
		return exifOrientation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExifOrientation(int newExifOrientation) {
		int oldExifOrientation = exifOrientation;
		exifOrientation = newExifOrientation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__EXIF_ORIENTATION, oldExifOrientation, exifOrientation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ImageStatus newStatus) {
		ImageStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Date newImportedAt) {
		Date oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.IMAGE_ASSET__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getMetadata() {
		if (metadata == null) {
			metadata = new EcoreEMap<String,String>(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY, StringToStringMapEntryImpl.class, this, AnnotidePackage.IMAGE_ASSET__METADATA);
		}
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, AnnotidePackage.IMAGE_ASSET__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tile> getTiles() {
		if (tiles == null) {
			tiles = new EObjectContainmentWithInverseEList<Tile>(Tile.class, this, AnnotidePackage.IMAGE_ASSET__TILES, AnnotidePackage.TILE__IMAGE);
		}
		return tiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.IMAGE_ASSET__TILES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTiles()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.IMAGE_ASSET__METADATA:
				return ((InternalEList<?>)getMetadata()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.IMAGE_ASSET__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.IMAGE_ASSET__TILES:
				return ((InternalEList<?>)getTiles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnnotidePackage.IMAGE_ASSET__LOCATION:
				return getLocation();
			case AnnotidePackage.IMAGE_ASSET__WIDTH:
				return getWidth();
			case AnnotidePackage.IMAGE_ASSET__HEIGHT:
				return getHeight();
			case AnnotidePackage.IMAGE_ASSET__BANDS:
				return getBands();
			case AnnotidePackage.IMAGE_ASSET__PIXEL_TYPE:
				return getPixelType();
			case AnnotidePackage.IMAGE_ASSET__EXIF_ORIENTATION:
				return getExifOrientation();
			case AnnotidePackage.IMAGE_ASSET__FORMAT:
				return getFormat();
			case AnnotidePackage.IMAGE_ASSET__STATUS:
				return getStatus();
			case AnnotidePackage.IMAGE_ASSET__IMPORTED_AT:
				return getImportedAt();
			case AnnotidePackage.IMAGE_ASSET__METADATA:
				if (coreType) return getMetadata();
				else return getMetadata().map();
			case AnnotidePackage.IMAGE_ASSET__ANNOTATIONS:
				return getAnnotations();
			case AnnotidePackage.IMAGE_ASSET__TILES:
				return getTiles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AnnotidePackage.IMAGE_ASSET__LOCATION:
				setLocation((String)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__WIDTH:
				setWidth((Integer)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__BANDS:
				setBands((Integer)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__PIXEL_TYPE:
				setPixelType((PixelType)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__EXIF_ORIENTATION:
				setExifOrientation((Integer)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__FORMAT:
				setFormat((String)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__STATUS:
				setStatus((ImageStatus)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__IMPORTED_AT:
				setImportedAt((Date)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__METADATA:
				((EStructuralFeature.Setting)getMetadata()).set(newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case AnnotidePackage.IMAGE_ASSET__TILES:
				getTiles().clear();
				getTiles().addAll((Collection<? extends Tile>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AnnotidePackage.IMAGE_ASSET__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__BANDS:
				setBands(BANDS_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__PIXEL_TYPE:
				setPixelType(PIXEL_TYPE_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__EXIF_ORIENTATION:
				setExifOrientation(EXIF_ORIENTATION_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case AnnotidePackage.IMAGE_ASSET__METADATA:
				getMetadata().clear();
				return;
			case AnnotidePackage.IMAGE_ASSET__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case AnnotidePackage.IMAGE_ASSET__TILES:
				getTiles().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AnnotidePackage.IMAGE_ASSET__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case AnnotidePackage.IMAGE_ASSET__WIDTH:
				return width != WIDTH_EDEFAULT;
			case AnnotidePackage.IMAGE_ASSET__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case AnnotidePackage.IMAGE_ASSET__BANDS:
				return bands != BANDS_EDEFAULT;
			case AnnotidePackage.IMAGE_ASSET__PIXEL_TYPE:
				return pixelType != PIXEL_TYPE_EDEFAULT;
			case AnnotidePackage.IMAGE_ASSET__EXIF_ORIENTATION:
				return exifOrientation != EXIF_ORIENTATION_EDEFAULT;
			case AnnotidePackage.IMAGE_ASSET__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case AnnotidePackage.IMAGE_ASSET__STATUS:
				return status != STATUS_EDEFAULT;
			case AnnotidePackage.IMAGE_ASSET__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case AnnotidePackage.IMAGE_ASSET__METADATA:
				return metadata != null && !metadata.isEmpty();
			case AnnotidePackage.IMAGE_ASSET__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case AnnotidePackage.IMAGE_ASSET__TILES:
				return tiles != null && !tiles.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (location: ");
		result.append(location);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", bands: ");
		result.append(bands);
		result.append(", pixelType: ");
		result.append(pixelType);
		result.append(", exifOrientation: ");
		result.append(exifOrientation);
		result.append(", format: ");
		result.append(format);
		result.append(", status: ");
		result.append(status);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(')');
		return result.toString();
	}

} //ImageAssetImpl
