/**
 */
package org.annotide.model.impl;

import java.util.Collection;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Label Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getColor <em>Color</em>}</li>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getHotkey <em>Hotkey</em>}</li>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getSupercategory <em>Supercategory</em>}</li>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getAllowedShapes <em>Allowed Shapes</em>}</li>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getKeypointNames <em>Keypoint Names</em>}</li>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getSkeletonEdges <em>Skeleton Edges</em>}</li>
 *   <li>{@link org.annotide.model.impl.LabelClassImpl#getKeypointSigmas <em>Keypoint Sigmas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelClassImpl extends NamedImpl implements LabelClass {
	/**
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = "#ff0000";

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getHotkey() <em>Hotkey</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHotkey()
	 * @generated
	 * @ordered
	 */
	protected static final String HOTKEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHotkey() <em>Hotkey</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHotkey()
	 * @generated
	 * @ordered
	 */
	protected String hotkey = HOTKEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupercategory() <em>Supercategory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupercategory()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERCATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupercategory() <em>Supercategory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupercategory()
	 * @generated
	 * @ordered
	 */
	protected String supercategory = SUPERCATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedShapes() <em>Allowed Shapes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedShapes()
	 * @generated
	 * @ordered
	 */
	protected EList<ShapeKind> allowedShapes;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeDefinition> attributes;

	/**
	 * The cached value of the '{@link #getKeypointNames() <em>Keypoint Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeypointNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keypointNames;

	/**
	 * The default value of the '{@link #getSkeletonEdges() <em>Skeleton Edges</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkeletonEdges()
	 * @generated
	 * @ordered
	 */
	protected static final int[] SKELETON_EDGES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSkeletonEdges() <em>Skeleton Edges</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkeletonEdges()
	 * @generated
	 * @ordered
	 */
	protected int[] skeletonEdges = SKELETON_EDGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeypointSigmas() <em>Keypoint Sigmas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeypointSigmas()
	 * @generated
	 * @ordered
	 */
	protected static final double[] KEYPOINT_SIGMAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeypointSigmas() <em>Keypoint Sigmas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeypointSigmas()
	 * @generated
	 * @ordered
	 */
	protected double[] keypointSigmas = KEYPOINT_SIGMAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.LABEL_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.LABEL_CLASS__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHotkey() {
		return hotkey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHotkey(String newHotkey) {
		String oldHotkey = hotkey;
		hotkey = newHotkey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.LABEL_CLASS__HOTKEY, oldHotkey, hotkey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupercategory() {
		return supercategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupercategory(String newSupercategory) {
		String oldSupercategory = supercategory;
		supercategory = newSupercategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.LABEL_CLASS__SUPERCATEGORY, oldSupercategory, supercategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ShapeKind> getAllowedShapes() {
		if (allowedShapes == null) {
			allowedShapes = new EDataTypeUniqueEList<ShapeKind>(ShapeKind.class, this, AnnotidePackage.LABEL_CLASS__ALLOWED_SHAPES);
		}
		return allowedShapes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeDefinition> getAttributes() {
		if (attributes == null) {
			attributes = new EObjectContainmentEList<AttributeDefinition>(AttributeDefinition.class, this, AnnotidePackage.LABEL_CLASS__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeypointNames() {
		if (keypointNames == null) {
			keypointNames = new EDataTypeEList<String>(String.class, this, AnnotidePackage.LABEL_CLASS__KEYPOINT_NAMES);
		}
		return keypointNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getSkeletonEdges() {
		return skeletonEdges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkeletonEdges(int[] newSkeletonEdges) {
		int[] oldSkeletonEdges = skeletonEdges;
		skeletonEdges = newSkeletonEdges;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.LABEL_CLASS__SKELETON_EDGES, oldSkeletonEdges, skeletonEdges));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getKeypointSigmas() {
		return keypointSigmas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeypointSigmas(double[] newKeypointSigmas) {
		double[] oldKeypointSigmas = keypointSigmas;
		keypointSigmas = newKeypointSigmas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.LABEL_CLASS__KEYPOINT_SIGMAS, oldKeypointSigmas, keypointSigmas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.LABEL_CLASS__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
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
			case AnnotidePackage.LABEL_CLASS__COLOR:
				return getColor();
			case AnnotidePackage.LABEL_CLASS__HOTKEY:
				return getHotkey();
			case AnnotidePackage.LABEL_CLASS__SUPERCATEGORY:
				return getSupercategory();
			case AnnotidePackage.LABEL_CLASS__ALLOWED_SHAPES:
				return getAllowedShapes();
			case AnnotidePackage.LABEL_CLASS__ATTRIBUTES:
				return getAttributes();
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_NAMES:
				return getKeypointNames();
			case AnnotidePackage.LABEL_CLASS__SKELETON_EDGES:
				return getSkeletonEdges();
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_SIGMAS:
				return getKeypointSigmas();
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
			case AnnotidePackage.LABEL_CLASS__COLOR:
				setColor((String)newValue);
				return;
			case AnnotidePackage.LABEL_CLASS__HOTKEY:
				setHotkey((String)newValue);
				return;
			case AnnotidePackage.LABEL_CLASS__SUPERCATEGORY:
				setSupercategory((String)newValue);
				return;
			case AnnotidePackage.LABEL_CLASS__ALLOWED_SHAPES:
				getAllowedShapes().clear();
				getAllowedShapes().addAll((Collection<? extends ShapeKind>)newValue);
				return;
			case AnnotidePackage.LABEL_CLASS__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends AttributeDefinition>)newValue);
				return;
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_NAMES:
				getKeypointNames().clear();
				getKeypointNames().addAll((Collection<? extends String>)newValue);
				return;
			case AnnotidePackage.LABEL_CLASS__SKELETON_EDGES:
				setSkeletonEdges((int[])newValue);
				return;
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_SIGMAS:
				setKeypointSigmas((double[])newValue);
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
			case AnnotidePackage.LABEL_CLASS__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case AnnotidePackage.LABEL_CLASS__HOTKEY:
				setHotkey(HOTKEY_EDEFAULT);
				return;
			case AnnotidePackage.LABEL_CLASS__SUPERCATEGORY:
				setSupercategory(SUPERCATEGORY_EDEFAULT);
				return;
			case AnnotidePackage.LABEL_CLASS__ALLOWED_SHAPES:
				getAllowedShapes().clear();
				return;
			case AnnotidePackage.LABEL_CLASS__ATTRIBUTES:
				getAttributes().clear();
				return;
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_NAMES:
				getKeypointNames().clear();
				return;
			case AnnotidePackage.LABEL_CLASS__SKELETON_EDGES:
				setSkeletonEdges(SKELETON_EDGES_EDEFAULT);
				return;
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_SIGMAS:
				setKeypointSigmas(KEYPOINT_SIGMAS_EDEFAULT);
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
			case AnnotidePackage.LABEL_CLASS__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case AnnotidePackage.LABEL_CLASS__HOTKEY:
				return HOTKEY_EDEFAULT == null ? hotkey != null : !HOTKEY_EDEFAULT.equals(hotkey);
			case AnnotidePackage.LABEL_CLASS__SUPERCATEGORY:
				return SUPERCATEGORY_EDEFAULT == null ? supercategory != null : !SUPERCATEGORY_EDEFAULT.equals(supercategory);
			case AnnotidePackage.LABEL_CLASS__ALLOWED_SHAPES:
				return allowedShapes != null && !allowedShapes.isEmpty();
			case AnnotidePackage.LABEL_CLASS__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_NAMES:
				return keypointNames != null && !keypointNames.isEmpty();
			case AnnotidePackage.LABEL_CLASS__SKELETON_EDGES:
				return SKELETON_EDGES_EDEFAULT == null ? skeletonEdges != null : !SKELETON_EDGES_EDEFAULT.equals(skeletonEdges);
			case AnnotidePackage.LABEL_CLASS__KEYPOINT_SIGMAS:
				return KEYPOINT_SIGMAS_EDEFAULT == null ? keypointSigmas != null : !KEYPOINT_SIGMAS_EDEFAULT.equals(keypointSigmas);
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
		result.append(" (color: ");
		result.append(color);
		result.append(", hotkey: ");
		result.append(hotkey);
		result.append(", supercategory: ");
		result.append(supercategory);
		result.append(", allowedShapes: ");
		result.append(allowedShapes);
		result.append(", keypointNames: ");
		result.append(keypointNames);
		result.append(", skeletonEdges: ");
		result.append(skeletonEdges);
		result.append(", keypointSigmas: ");
		result.append(keypointSigmas);
		result.append(')');
		return result.toString();
	}

} //LabelClassImpl
