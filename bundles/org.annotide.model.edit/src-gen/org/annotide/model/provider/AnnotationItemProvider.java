/**
 */
package org.annotide.model.provider;


import java.util.Collection;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;

import org.annotide.model.edit.AnnotideEditPlugin;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.annotide.model.Annotation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AnnotationItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnotationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addLabelClassPropertyDescriptor(object);
			addProvenancePropertyDescriptor(object);
			addModelVersionPropertyDescriptor(object);
			addScorePropertyDescriptor(object);
			addReviewPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addCreatedAtPropertyDescriptor(object);
			addUpdatedAtPropertyDescriptor(object);
			addHiddenPropertyDescriptor(object);
			addLockedPropertyDescriptor(object);
			addOccludedPropertyDescriptor(object);
			addCrowdPropertyDescriptor(object);
			addZOrderPropertyDescriptor(object);
			addGroupPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_id_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Label Class feature.
	 * <!-- begin-user-doc -->
	 * Offers only the classes that allow the annotation's shape kind ({@link org.annotide.model.edit.ClassRules}).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected void addLabelClassPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(new org.eclipse.emf.edit.provider.ItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_labelClass_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_labelClass_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__LABEL_CLASS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null) {
				@Override
				public java.util.Collection<?> getChoiceOfValues(Object owner) {
					java.util.List<Object> allowed = new java.util.ArrayList<>();
					for (Object choice : super.getChoiceOfValues(owner)) {
						if (!(choice instanceof org.annotide.model.LabelClass labelClass)
								|| org.annotide.model.edit.ClassRules.allows(labelClass, (org.annotide.model.Annotation) owner)) {
							allowed.add(choice);
						}
					}
					return allowed;
				}
			});
	}

	/**
	 * This adds a property descriptor for the Provenance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProvenancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_provenance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_provenance_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__PROVENANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_modelVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_modelVersion_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__MODEL_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Score feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScorePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_score_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_score_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__SCORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Review feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_review_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_review_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__REVIEW,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_author_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__AUTHOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_createdAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_createdAt_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__CREATED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Updated At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdatedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_updatedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_updatedAt_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__UPDATED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hidden feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHiddenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_hidden_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_hidden_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__HIDDEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Locked feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLockedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_locked_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_locked_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__LOCKED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Occluded feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOccludedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_occluded_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_occluded_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__OCCLUDED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Crowd feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCrowdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_crowd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_crowd_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__CROWD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the ZOrder feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addZOrderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_zOrder_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_zOrder_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__ZORDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Annotation_group_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Annotation_group_feature", "_UI_Annotation_type"),
				 AnnotidePackage.Literals.ANNOTATION__GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(AnnotidePackage.Literals.ANNOTATION__SHAPE);
			childrenFeatures.add(AnnotidePackage.Literals.ANNOTATION__ATTRIBUTES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns Annotation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Annotation"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return org.annotide.model.edit.Labels.annotation((org.annotide.model.Annotation) object);
	}


	/**
	 * <!-- begin-user-doc -->
	 * Refuses (an unexecutable command) to give an annotation a label class that does not allow its shape
	 * kind, and to give a classed annotation a shape its class does not allow: every set through the editing
	 * domain (Properties, scripts, the server) obeys {@link org.annotide.model.edit.ClassRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected org.eclipse.emf.common.command.Command createSetCommand(org.eclipse.emf.edit.domain.EditingDomain domain,
			org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		if (owner instanceof org.annotide.model.Annotation annotation) {
			if (feature == AnnotidePackage.Literals.ANNOTATION__LABEL_CLASS
					&& value instanceof org.annotide.model.LabelClass labelClass
					&& !org.annotide.model.edit.ClassRules.allows(labelClass, annotation)) {
				return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
			}
			if (feature == AnnotidePackage.Literals.ANNOTATION__SHAPE
					&& value instanceof org.annotide.model.Shape shape
					&& !org.annotide.model.edit.ClassRules.allows(annotation.getLabelClass(), shape.getKind())) {
				return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
			}
		}
		return super.createSetCommand(domain, owner, feature, value);
	}

	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Annotation.class)) {
			case AnnotidePackage.ANNOTATION__ID:
			case AnnotidePackage.ANNOTATION__PROVENANCE:
			case AnnotidePackage.ANNOTATION__MODEL_VERSION:
			case AnnotidePackage.ANNOTATION__SCORE:
			case AnnotidePackage.ANNOTATION__REVIEW:
			case AnnotidePackage.ANNOTATION__AUTHOR:
			case AnnotidePackage.ANNOTATION__CREATED_AT:
			case AnnotidePackage.ANNOTATION__UPDATED_AT:
			case AnnotidePackage.ANNOTATION__HIDDEN:
			case AnnotidePackage.ANNOTATION__LOCKED:
			case AnnotidePackage.ANNOTATION__OCCLUDED:
			case AnnotidePackage.ANNOTATION__CROWD:
			case AnnotidePackage.ANNOTATION__ZORDER:
			case AnnotidePackage.ANNOTATION__GROUP:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AnnotidePackage.ANNOTATION__SHAPE:
			case AnnotidePackage.ANNOTATION__ATTRIBUTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createBoxShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createRotatedBoxShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createPolygonShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createPolylineShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createKeypointsShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createMaskShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createEllipseShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__SHAPE,
				 AnnotideFactory.eINSTANCE.createImageClassShape()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.ANNOTATION__ATTRIBUTES,
				 AnnotideFactory.eINSTANCE.create(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY)));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return AnnotideEditPlugin.INSTANCE;
	}

}
