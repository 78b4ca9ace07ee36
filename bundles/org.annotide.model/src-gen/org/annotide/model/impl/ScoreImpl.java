/**
 */
package org.annotide.model.impl;

import java.util.Collection;
import java.util.Date;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ClassScore;
import org.annotide.model.Score;
import org.annotide.model.ScoringFunction;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.ScoreImpl#getScoringFunction <em>Scoring Function</em>}</li>
 *   <li>{@link org.annotide.model.impl.ScoreImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.annotide.model.impl.ScoreImpl#getComputedAt <em>Computed At</em>}</li>
 *   <li>{@link org.annotide.model.impl.ScoreImpl#getClassScores <em>Class Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreImpl extends JournaledEObject implements Score {
	/**
	 * The cached value of the '{@link #getScoringFunction() <em>Scoring Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringFunction()
	 * @generated
	 * @ordered
	 */
	protected ScoringFunction scoringFunction;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComputedAt() <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date COMPUTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComputedAt() <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedAt()
	 * @generated
	 * @ordered
	 */
	protected Date computedAt = COMPUTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClassScores() <em>Class Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassScores()
	 * @generated
	 * @ordered
	 */
	protected EList<ClassScore> classScores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.SCORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringFunction getScoringFunction() {
		if (scoringFunction != null && scoringFunction.eIsProxy()) {
			InternalEObject oldScoringFunction = (InternalEObject)scoringFunction;
			scoringFunction = (ScoringFunction)eResolveProxy(oldScoringFunction);
			if (scoringFunction != oldScoringFunction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.SCORE__SCORING_FUNCTION, oldScoringFunction, scoringFunction));
			}
		}
		return scoringFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringFunction basicGetScoringFunction() {
		return scoringFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoringFunction(ScoringFunction newScoringFunction) {
		ScoringFunction oldScoringFunction = scoringFunction;
		scoringFunction = newScoringFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.SCORE__SCORING_FUNCTION, oldScoringFunction, scoringFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.SCORE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getComputedAt() {
		return computedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputedAt(Date newComputedAt) {
		Date oldComputedAt = computedAt;
		computedAt = newComputedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.SCORE__COMPUTED_AT, oldComputedAt, computedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClassScore> getClassScores() {
		if (classScores == null) {
			classScores = new EObjectContainmentEList<ClassScore>(ClassScore.class, this, AnnotidePackage.SCORE__CLASS_SCORES);
		}
		return classScores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.SCORE__CLASS_SCORES:
				return ((InternalEList<?>)getClassScores()).basicRemove(otherEnd, msgs);
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
			case AnnotidePackage.SCORE__SCORING_FUNCTION:
				if (resolve) return getScoringFunction();
				return basicGetScoringFunction();
			case AnnotidePackage.SCORE__VALUE:
				return getValue();
			case AnnotidePackage.SCORE__COMPUTED_AT:
				return getComputedAt();
			case AnnotidePackage.SCORE__CLASS_SCORES:
				return getClassScores();
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
			case AnnotidePackage.SCORE__SCORING_FUNCTION:
				setScoringFunction((ScoringFunction)newValue);
				return;
			case AnnotidePackage.SCORE__VALUE:
				setValue((Double)newValue);
				return;
			case AnnotidePackage.SCORE__COMPUTED_AT:
				setComputedAt((Date)newValue);
				return;
			case AnnotidePackage.SCORE__CLASS_SCORES:
				getClassScores().clear();
				getClassScores().addAll((Collection<? extends ClassScore>)newValue);
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
			case AnnotidePackage.SCORE__SCORING_FUNCTION:
				setScoringFunction((ScoringFunction)null);
				return;
			case AnnotidePackage.SCORE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case AnnotidePackage.SCORE__COMPUTED_AT:
				setComputedAt(COMPUTED_AT_EDEFAULT);
				return;
			case AnnotidePackage.SCORE__CLASS_SCORES:
				getClassScores().clear();
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
			case AnnotidePackage.SCORE__SCORING_FUNCTION:
				return scoringFunction != null;
			case AnnotidePackage.SCORE__VALUE:
				return value != VALUE_EDEFAULT;
			case AnnotidePackage.SCORE__COMPUTED_AT:
				return COMPUTED_AT_EDEFAULT == null ? computedAt != null : !COMPUTED_AT_EDEFAULT.equals(computedAt);
			case AnnotidePackage.SCORE__CLASS_SCORES:
				return classScores != null && !classScores.isEmpty();
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
		result.append(" (value: ");
		result.append(value);
		result.append(", computedAt: ");
		result.append(computedAt);
		result.append(')');
		return result.toString();
	}

} //ScoreImpl
