/**
 */
package org.annotide.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.PolygonShape;
import org.annotide.model.ShapeKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Polygon Shape</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.PolygonShapeImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.annotide.model.impl.PolygonShapeImpl#getRingEnds <em>Ring Ends</em>}</li>
 *   <li>{@link org.annotide.model.impl.PolygonShapeImpl#getPartEnds <em>Part Ends</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolygonShapeImpl extends ShapeImpl implements PolygonShape {
	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double[] POINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected double[] points = POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRingEnds() <em>Ring Ends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRingEnds()
	 * @generated
	 * @ordered
	 */
	protected static final int[] RING_ENDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRingEnds() <em>Ring Ends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRingEnds()
	 * @generated
	 * @ordered
	 */
	protected int[] ringEnds = RING_ENDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartEnds() <em>Part Ends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartEnds()
	 * @generated
	 * @ordered
	 */
	protected static final int[] PART_ENDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartEnds() <em>Part Ends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartEnds()
	 * @generated
	 * @ordered
	 */
	protected int[] partEnds = PART_ENDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolygonShapeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.POLYGON_SHAPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(double[] newPoints) {
		double[] oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.POLYGON_SHAPE__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getRingEnds() {
		return ringEnds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRingEnds(int[] newRingEnds) {
		int[] oldRingEnds = ringEnds;
		ringEnds = newRingEnds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.POLYGON_SHAPE__RING_ENDS, oldRingEnds, ringEnds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getPartEnds() {
		return partEnds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartEnds(int[] newPartEnds) {
		int[] oldPartEnds = partEnds;
		partEnds = newPartEnds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.POLYGON_SHAPE__PART_ENDS, oldPartEnds, partEnds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShapeKind getKind() {
		return ShapeKind.POLYGON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnnotidePackage.POLYGON_SHAPE__POINTS:
				return getPoints();
			case AnnotidePackage.POLYGON_SHAPE__RING_ENDS:
				return getRingEnds();
			case AnnotidePackage.POLYGON_SHAPE__PART_ENDS:
				return getPartEnds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AnnotidePackage.POLYGON_SHAPE__POINTS:
				setPoints((double[])newValue);
				return;
			case AnnotidePackage.POLYGON_SHAPE__RING_ENDS:
				setRingEnds((int[])newValue);
				return;
			case AnnotidePackage.POLYGON_SHAPE__PART_ENDS:
				setPartEnds((int[])newValue);
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
			case AnnotidePackage.POLYGON_SHAPE__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case AnnotidePackage.POLYGON_SHAPE__RING_ENDS:
				setRingEnds(RING_ENDS_EDEFAULT);
				return;
			case AnnotidePackage.POLYGON_SHAPE__PART_ENDS:
				setPartEnds(PART_ENDS_EDEFAULT);
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
			case AnnotidePackage.POLYGON_SHAPE__POINTS:
				return POINTS_EDEFAULT == null ? points != null : !POINTS_EDEFAULT.equals(points);
			case AnnotidePackage.POLYGON_SHAPE__RING_ENDS:
				return RING_ENDS_EDEFAULT == null ? ringEnds != null : !RING_ENDS_EDEFAULT.equals(ringEnds);
			case AnnotidePackage.POLYGON_SHAPE__PART_ENDS:
				return PART_ENDS_EDEFAULT == null ? partEnds != null : !PART_ENDS_EDEFAULT.equals(partEnds);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case AnnotidePackage.POLYGON_SHAPE___GET_KIND:
				return getKind();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (points: ");
		result.append(points);
		result.append(", ringEnds: ");
		result.append(ringEnds);
		result.append(", partEnds: ");
		result.append(partEnds);
		result.append(')');
		return result.toString();
	}

} //PolygonShapeImpl
