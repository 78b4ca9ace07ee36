/**
 */
package org.annotide.model.impl;

import java.util.Date;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.Shape;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getLabelClass <em>Label Class</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getReview <em>Review</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#isHidden <em>Hidden</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#isLocked <em>Locked</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#isOccluded <em>Occluded</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#isCrowd <em>Crowd</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getZOrder <em>ZOrder</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.annotide.model.impl.AnnotationImpl#getAttributes <em>Attributes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationImpl extends JournaledEObject implements Annotation {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelClass() <em>Label Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelClass()
	 * @generated
	 * @ordered
	 */
	protected LabelClass labelClass;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected Shape shape;

	/**
	 * The default value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected static final Provenance PROVENANCE_EDEFAULT = Provenance.MANUAL;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected Provenance provenance = PROVENANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected String modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReview() <em>Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReview()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewState REVIEW_EDEFAULT = ReviewState.NONE;

	/**
	 * The cached value of the '{@link #getReview() <em>Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReview()
	 * @generated
	 * @ordered
	 */
	protected ReviewState review = REVIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date UPDATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date updatedAt = UPDATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected boolean hidden = HIDDEN_EDEFAULT;

	/**
	 * The default value of the '{@link #isLocked() <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLocked() <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocked()
	 * @generated
	 * @ordered
	 */
	protected boolean locked = LOCKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isOccluded() <em>Occluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOccluded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OCCLUDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOccluded() <em>Occluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOccluded()
	 * @generated
	 * @ordered
	 */
	protected boolean occluded = OCCLUDED_EDEFAULT;

	/**
	 * The default value of the '{@link #isCrowd() <em>Crowd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCrowd()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CROWD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCrowd() <em>Crowd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCrowd()
	 * @generated
	 * @ordered
	 */
	protected boolean crowd = CROWD_EDEFAULT;

	/**
	 * The default value of the '{@link #getZOrder() <em>ZOrder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ZORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getZOrder() <em>ZOrder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZOrder()
	 * @generated
	 * @ordered
	 */
	protected int zOrder = ZORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final int GROUP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected int group = GROUP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> attributes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.ANNOTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelClass getLabelClass() {
		if (labelClass != null && labelClass.eIsProxy()) {
			InternalEObject oldLabelClass = (InternalEObject)labelClass;
			labelClass = (LabelClass)eResolveProxy(oldLabelClass);
			if (labelClass != oldLabelClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.ANNOTATION__LABEL_CLASS, oldLabelClass, labelClass));
			}
		}
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LabelClass basicGetLabelClass() {
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelClass(LabelClass newLabelClass) {
		LabelClass oldLabelClass = labelClass;
		labelClass = newLabelClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__LABEL_CLASS, oldLabelClass, labelClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shape getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShape(Shape newShape, NotificationChain msgs) {
		Shape oldShape = shape;
		shape = newShape;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__SHAPE, oldShape, newShape);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(Shape newShape) {
		if (newShape != shape) {
			NotificationChain msgs = null;
			if (shape != null)
				msgs = ((InternalEObject)shape).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnnotidePackage.ANNOTATION__SHAPE, null, msgs);
			if (newShape != null)
				msgs = ((InternalEObject)newShape).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnnotidePackage.ANNOTATION__SHAPE, null, msgs);
			msgs = basicSetShape(newShape, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__SHAPE, newShape, newShape));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(Provenance newProvenance) {
		Provenance oldProvenance = provenance;
		provenance = newProvenance == null ? PROVENANCE_EDEFAULT : newProvenance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__PROVENANCE, oldProvenance, provenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelVersion() {
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(String newModelVersion) {
		String oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewState getReview() {
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReview(ReviewState newReview) {
		ReviewState oldReview = review;
		review = newReview == null ? REVIEW_EDEFAULT : newReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__REVIEW, oldReview, review));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedAt(Date newUpdatedAt) {
		Date oldUpdatedAt = updatedAt;
		updatedAt = newUpdatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHidden() {
		return hidden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden(boolean newHidden) {
		boolean oldHidden = hidden;
		hidden = newHidden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__HIDDEN, oldHidden, hidden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLocked() {
		return locked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocked(boolean newLocked) {
		boolean oldLocked = locked;
		locked = newLocked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__LOCKED, oldLocked, locked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOccluded() {
		return occluded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccluded(boolean newOccluded) {
		boolean oldOccluded = occluded;
		occluded = newOccluded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__OCCLUDED, oldOccluded, occluded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCrowd() {
		return crowd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrowd(boolean newCrowd) {
		boolean oldCrowd = crowd;
		crowd = newCrowd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__CROWD, oldCrowd, crowd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getZOrder() {
		return zOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZOrder(int newZOrder) {
		int oldZOrder = zOrder;
		zOrder = newZOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__ZORDER, oldZOrder, zOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(int newGroup) {
		int oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.ANNOTATION__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getAttributes() {
		if (attributes == null) {
			attributes = new EcoreEMap<String,String>(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY, StringToStringMapEntryImpl.class, this, AnnotidePackage.ANNOTATION__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.ANNOTATION__SHAPE:
				return basicSetShape(null, msgs);
			case AnnotidePackage.ANNOTATION__ATTRIBUTES:
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
			case AnnotidePackage.ANNOTATION__ID:
				return getId();
			case AnnotidePackage.ANNOTATION__LABEL_CLASS:
				if (resolve) return getLabelClass();
				return basicGetLabelClass();
			case AnnotidePackage.ANNOTATION__SHAPE:
				return getShape();
			case AnnotidePackage.ANNOTATION__PROVENANCE:
				return getProvenance();
			case AnnotidePackage.ANNOTATION__MODEL_VERSION:
				return getModelVersion();
			case AnnotidePackage.ANNOTATION__SCORE:
				return getScore();
			case AnnotidePackage.ANNOTATION__REVIEW:
				return getReview();
			case AnnotidePackage.ANNOTATION__AUTHOR:
				return getAuthor();
			case AnnotidePackage.ANNOTATION__CREATED_AT:
				return getCreatedAt();
			case AnnotidePackage.ANNOTATION__UPDATED_AT:
				return getUpdatedAt();
			case AnnotidePackage.ANNOTATION__HIDDEN:
				return isHidden();
			case AnnotidePackage.ANNOTATION__LOCKED:
				return isLocked();
			case AnnotidePackage.ANNOTATION__OCCLUDED:
				return isOccluded();
			case AnnotidePackage.ANNOTATION__CROWD:
				return isCrowd();
			case AnnotidePackage.ANNOTATION__ZORDER:
				return getZOrder();
			case AnnotidePackage.ANNOTATION__GROUP:
				return getGroup();
			case AnnotidePackage.ANNOTATION__ATTRIBUTES:
				if (coreType) return getAttributes();
				else return getAttributes().map();
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
			case AnnotidePackage.ANNOTATION__ID:
				setId((Long)newValue);
				return;
			case AnnotidePackage.ANNOTATION__LABEL_CLASS:
				setLabelClass((LabelClass)newValue);
				return;
			case AnnotidePackage.ANNOTATION__SHAPE:
				setShape((Shape)newValue);
				return;
			case AnnotidePackage.ANNOTATION__PROVENANCE:
				setProvenance((Provenance)newValue);
				return;
			case AnnotidePackage.ANNOTATION__MODEL_VERSION:
				setModelVersion((String)newValue);
				return;
			case AnnotidePackage.ANNOTATION__SCORE:
				setScore((Double)newValue);
				return;
			case AnnotidePackage.ANNOTATION__REVIEW:
				setReview((ReviewState)newValue);
				return;
			case AnnotidePackage.ANNOTATION__AUTHOR:
				setAuthor((String)newValue);
				return;
			case AnnotidePackage.ANNOTATION__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case AnnotidePackage.ANNOTATION__UPDATED_AT:
				setUpdatedAt((Date)newValue);
				return;
			case AnnotidePackage.ANNOTATION__HIDDEN:
				setHidden((Boolean)newValue);
				return;
			case AnnotidePackage.ANNOTATION__LOCKED:
				setLocked((Boolean)newValue);
				return;
			case AnnotidePackage.ANNOTATION__OCCLUDED:
				setOccluded((Boolean)newValue);
				return;
			case AnnotidePackage.ANNOTATION__CROWD:
				setCrowd((Boolean)newValue);
				return;
			case AnnotidePackage.ANNOTATION__ZORDER:
				setZOrder((Integer)newValue);
				return;
			case AnnotidePackage.ANNOTATION__GROUP:
				setGroup((Integer)newValue);
				return;
			case AnnotidePackage.ANNOTATION__ATTRIBUTES:
				((EStructuralFeature.Setting)getAttributes()).set(newValue);
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
			case AnnotidePackage.ANNOTATION__ID:
				setId(ID_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__LABEL_CLASS:
				setLabelClass((LabelClass)null);
				return;
			case AnnotidePackage.ANNOTATION__SHAPE:
				setShape((Shape)null);
				return;
			case AnnotidePackage.ANNOTATION__PROVENANCE:
				setProvenance(PROVENANCE_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__REVIEW:
				setReview(REVIEW_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__HIDDEN:
				setHidden(HIDDEN_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__LOCKED:
				setLocked(LOCKED_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__OCCLUDED:
				setOccluded(OCCLUDED_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__CROWD:
				setCrowd(CROWD_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__ZORDER:
				setZOrder(ZORDER_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case AnnotidePackage.ANNOTATION__ATTRIBUTES:
				getAttributes().clear();
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
			case AnnotidePackage.ANNOTATION__ID:
				return id != ID_EDEFAULT;
			case AnnotidePackage.ANNOTATION__LABEL_CLASS:
				return labelClass != null;
			case AnnotidePackage.ANNOTATION__SHAPE:
				return shape != null;
			case AnnotidePackage.ANNOTATION__PROVENANCE:
				return provenance != PROVENANCE_EDEFAULT;
			case AnnotidePackage.ANNOTATION__MODEL_VERSION:
				return MODEL_VERSION_EDEFAULT == null ? modelVersion != null : !MODEL_VERSION_EDEFAULT.equals(modelVersion);
			case AnnotidePackage.ANNOTATION__SCORE:
				return score != SCORE_EDEFAULT;
			case AnnotidePackage.ANNOTATION__REVIEW:
				return review != REVIEW_EDEFAULT;
			case AnnotidePackage.ANNOTATION__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case AnnotidePackage.ANNOTATION__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case AnnotidePackage.ANNOTATION__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
			case AnnotidePackage.ANNOTATION__HIDDEN:
				return hidden != HIDDEN_EDEFAULT;
			case AnnotidePackage.ANNOTATION__LOCKED:
				return locked != LOCKED_EDEFAULT;
			case AnnotidePackage.ANNOTATION__OCCLUDED:
				return occluded != OCCLUDED_EDEFAULT;
			case AnnotidePackage.ANNOTATION__CROWD:
				return crowd != CROWD_EDEFAULT;
			case AnnotidePackage.ANNOTATION__ZORDER:
				return zOrder != ZORDER_EDEFAULT;
			case AnnotidePackage.ANNOTATION__GROUP:
				return group != GROUP_EDEFAULT;
			case AnnotidePackage.ANNOTATION__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(", modelVersion: ");
		result.append(modelVersion);
		result.append(", score: ");
		result.append(score);
		result.append(", review: ");
		result.append(review);
		result.append(", author: ");
		result.append(author);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(", hidden: ");
		result.append(hidden);
		result.append(", locked: ");
		result.append(locked);
		result.append(", occluded: ");
		result.append(occluded);
		result.append(", crowd: ");
		result.append(crowd);
		result.append(", zOrder: ");
		result.append(zOrder);
		result.append(", group: ");
		result.append(group);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
