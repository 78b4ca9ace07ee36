/**
 */
package org.annotide.model.impl;

import java.util.Collection;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Submission;
import org.annotide.model.TaskStatus;
import org.annotide.model.User;

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
 * An implementation of the model object '<em><b>Annotator Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.AnnotatorTaskImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotatorTaskImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotatorTaskImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotatorTaskImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotatorTaskImpl#getSubmissions <em>Submissions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotatorTaskImpl extends JournaledEObject implements AnnotatorTask {
	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected User annotator;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected ImageAsset image;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TaskStatus STATUS_EDEFAULT = TaskStatus.ASSIGNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TaskStatus status = STATUS_EDEFAULT;

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
	 * The cached value of the '{@link #getSubmissions() <em>Submissions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissions()
	 * @generated
	 * @ordered
	 */
	protected EList<Submission> submissions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotatorTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.ANNOTATOR_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getAnnotator() {
		if (annotator != null && annotator.eIsProxy()) {
			InternalEObject oldAnnotator = (InternalEObject)annotator;
			annotator = (User)eResolveProxy(oldAnnotator);
			if (annotator != oldAnnotator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.ANNOTATOR_TASK__ANNOTATOR, oldAnnotator, annotator));
			}
		}
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(User newAnnotator) {
		User oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATOR_TASK__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageAsset getImage() {
		if (image != null && image.eIsProxy()) {
			InternalEObject oldImage = (InternalEObject)image;
			image = (ImageAsset)eResolveProxy(oldImage);
			if (image != oldImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.ANNOTATOR_TASK__IMAGE, oldImage, image));
			}
		}
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageAsset basicGetImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(ImageAsset newImage) {
		ImageAsset oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATOR_TASK__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TaskStatus newStatus) {
		TaskStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATOR_TASK__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, AnnotidePackage.ANNOTATOR_TASK__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Submission> getSubmissions() {
		if (submissions == null) {
			submissions = new EObjectContainmentEList<Submission>(Submission.class, this, AnnotidePackage.ANNOTATOR_TASK__SUBMISSIONS);
		}
		return submissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.ANNOTATOR_TASK__SUBMISSIONS:
				return ((InternalEList<?>)getSubmissions()).basicRemove(otherEnd, msgs);
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
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATOR:
				if (resolve) return getAnnotator();
				return basicGetAnnotator();
			case AnnotidePackage.ANNOTATOR_TASK__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case AnnotidePackage.ANNOTATOR_TASK__STATUS:
				return getStatus();
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATIONS:
				return getAnnotations();
			case AnnotidePackage.ANNOTATOR_TASK__SUBMISSIONS:
				return getSubmissions();
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
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATOR:
				setAnnotator((User)newValue);
				return;
			case AnnotidePackage.ANNOTATOR_TASK__IMAGE:
				setImage((ImageAsset)newValue);
				return;
			case AnnotidePackage.ANNOTATOR_TASK__STATUS:
				setStatus((TaskStatus)newValue);
				return;
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case AnnotidePackage.ANNOTATOR_TASK__SUBMISSIONS:
				getSubmissions().clear();
				getSubmissions().addAll((Collection<? extends Submission>)newValue);
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
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATOR:
				setAnnotator((User)null);
				return;
			case AnnotidePackage.ANNOTATOR_TASK__IMAGE:
				setImage((ImageAsset)null);
				return;
			case AnnotidePackage.ANNOTATOR_TASK__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case AnnotidePackage.ANNOTATOR_TASK__SUBMISSIONS:
				getSubmissions().clear();
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
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATOR:
				return annotator != null;
			case AnnotidePackage.ANNOTATOR_TASK__IMAGE:
				return image != null;
			case AnnotidePackage.ANNOTATOR_TASK__STATUS:
				return status != STATUS_EDEFAULT;
			case AnnotidePackage.ANNOTATOR_TASK__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case AnnotidePackage.ANNOTATOR_TASK__SUBMISSIONS:
				return submissions != null && !submissions.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //AnnotatorTaskImpl
