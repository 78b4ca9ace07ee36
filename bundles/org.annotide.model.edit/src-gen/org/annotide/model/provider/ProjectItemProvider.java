/**
 */
package org.annotide.model.provider;


import java.util.Collection;
import java.util.List;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.annotide.model.Project} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectItemProvider(AdapterFactory adapterFactory) {
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

			addCreatedAtPropertyDescriptor(object);
			addNextAnnotationIdPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
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
				 getString("_UI_Project_createdAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_createdAt_feature", "_UI_Project_type"),
				 AnnotidePackage.Literals.PROJECT__CREATED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Next Annotation Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextAnnotationIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_nextAnnotationId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_nextAnnotationId_feature", "_UI_Project_type"),
				 AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID,
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
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__USERS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__LABEL_CLASSES);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__IMAGES);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__TRAINING_SETS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__TRAINING_JOBS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__MODELS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__SELECTION_ROUNDS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__SCORING_FUNCTIONS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__BENCHMARKS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__TRAINING_PROJECTS);
			childrenFeatures.add(AnnotidePackage.Literals.PROJECT__METADATA);
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
	 * This returns Project.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Project"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Project)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Project_type") :
			getString("_UI_Project_type") + " " + label;
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

		switch (notification.getFeatureID(Project.class)) {
			case AnnotidePackage.PROJECT__CREATED_AT:
			case AnnotidePackage.PROJECT__NEXT_ANNOTATION_ID:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AnnotidePackage.PROJECT__USERS:
			case AnnotidePackage.PROJECT__LABEL_CLASSES:
			case AnnotidePackage.PROJECT__IMAGES:
			case AnnotidePackage.PROJECT__TRAINING_SETS:
			case AnnotidePackage.PROJECT__TRAINING_JOBS:
			case AnnotidePackage.PROJECT__MODELS:
			case AnnotidePackage.PROJECT__SELECTION_ROUNDS:
			case AnnotidePackage.PROJECT__SCORING_FUNCTIONS:
			case AnnotidePackage.PROJECT__BENCHMARKS:
			case AnnotidePackage.PROJECT__TRAINING_PROJECTS:
			case AnnotidePackage.PROJECT__METADATA:
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
				(AnnotidePackage.Literals.PROJECT__USERS,
				 AnnotideFactory.eINSTANCE.createUser()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__LABEL_CLASSES,
				 AnnotideFactory.eINSTANCE.createLabelClass()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__IMAGES,
				 AnnotideFactory.eINSTANCE.createImageAsset()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__TRAINING_SETS,
				 AnnotideFactory.eINSTANCE.createTrainingSet()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__TRAINING_JOBS,
				 AnnotideFactory.eINSTANCE.createTrainingJob()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__MODELS,
				 AnnotideFactory.eINSTANCE.createTrainedModel()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__SELECTION_ROUNDS,
				 AnnotideFactory.eINSTANCE.createSelectionRound()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__SCORING_FUNCTIONS,
				 AnnotideFactory.eINSTANCE.createScoringFunction()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__BENCHMARKS,
				 AnnotideFactory.eINSTANCE.createBenchmarkProject()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__TRAINING_PROJECTS,
				 AnnotideFactory.eINSTANCE.createTrainingProject()));

		newChildDescriptors.add
			(createChildParameter
				(AnnotidePackage.Literals.PROJECT__METADATA,
				 AnnotideFactory.eINSTANCE.create(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY)));
	}

}
