/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getLabelClass <em>Label Class</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getShape <em>Shape</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getScore <em>Score</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getReview <em>Review</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#isHidden <em>Hidden</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#isLocked <em>Locked</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#isOccluded <em>Occluded</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#isCrowd <em>Crowd</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getZOrder <em>ZOrder</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getGroup <em>Group</em>}</li>
 *   <li>{@link org.annotide.model.Annotation#getAttributes <em>Attributes</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getAnnotation()
 * @model
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project-unique number (see Project.nextAnnotationId); a long rather than a UUID keeps a million annotations small.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Class</em>' reference.
	 * @see #setLabelClass(LabelClass)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_LabelClass()
	 * @model
	 * @generated
	 */
	LabelClass getLabelClass();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getLabelClass <em>Label Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Class</em>' reference.
	 * @see #getLabelClass()
	 * @generated
	 */
	void setLabelClass(LabelClass value);

	/**
	 * Returns the value of the '<em><b>Shape</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' containment reference.
	 * @see #setShape(Shape)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Shape()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Shape getShape();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getShape <em>Shape</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' containment reference.
	 * @see #getShape()
	 * @generated
	 */
	void setShape(Shape value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.Provenance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see org.annotide.model.Provenance
	 * @see #setProvenance(Provenance)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Provenance()
	 * @model
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see org.annotide.model.Provenance
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For predictions: the trained model (name:version) that proposed this annotation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(String)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_ModelVersion()
	 * @model
	 * @generated
	 */
	String getModelVersion();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Score()
	 * @model default="1.0"
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Review</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.ReviewState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review</em>' attribute.
	 * @see org.annotide.model.ReviewState
	 * @see #setReview(ReviewState)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Review()
	 * @model
	 * @generated
	 */
	ReviewState getReview();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getReview <em>Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review</em>' attribute.
	 * @see org.annotide.model.ReviewState
	 * @see #getReview()
	 * @generated
	 */
	void setReview(ReviewState value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getCreatedAt <em>Created At</em>}' attribute.
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
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_UpdatedAt()
	 * @model
	 * @generated
	 */
	Date getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

	/**
	 * Returns the value of the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locked</em>' attribute.
	 * @see #setLocked(boolean)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Locked()
	 * @model
	 * @generated
	 */
	boolean isLocked();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#isLocked <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked</em>' attribute.
	 * @see #isLocked()
	 * @generated
	 */
	void setLocked(boolean value);

	/**
	 * Returns the value of the '<em><b>Occluded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occluded</em>' attribute.
	 * @see #setOccluded(boolean)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Occluded()
	 * @model
	 * @generated
	 */
	boolean isOccluded();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#isOccluded <em>Occluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occluded</em>' attribute.
	 * @see #isOccluded()
	 * @generated
	 */
	void setOccluded(boolean value);

	/**
	 * Returns the value of the '<em><b>Crowd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A region covering a crowd of objects (COCO iscrowd): matched but never counted as a miss.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crowd</em>' attribute.
	 * @see #setCrowd(boolean)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Crowd()
	 * @model
	 * @generated
	 */
	boolean isCrowd();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#isCrowd <em>Crowd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crowd</em>' attribute.
	 * @see #isCrowd()
	 * @generated
	 */
	void setCrowd(boolean value);

	/**
	 * Returns the value of the '<em><b>ZOrder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>ZOrder</em>' attribute.
	 * @see #setZOrder(int)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_ZOrder()
	 * @model
	 * @generated
	 */
	int getZOrder();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getZOrder <em>ZOrder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>ZOrder</em>' attribute.
	 * @see #getZOrder()
	 * @generated
	 */
	void setZOrder(int value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups annotations of one object (CVAT group id, skeleton parts); 0 means none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(int)
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Group()
	 * @model
	 * @generated
	 */
	int getGroup();

	/**
	 * Sets the value of the '{@link org.annotide.model.Annotation#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(int value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' map.
	 * @see org.annotide.model.AnnotidePackage#getAnnotation_Attributes()
	 * @model mapType="org.annotide.model.StringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getAttributes();

} // Annotation
