package org.annotide.ml.djl.internal;

import java.util.Arrays;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.initializer.XavierInitializer.FactorType;
import ai.djl.training.initializer.XavierInitializer.RandomType;

/**
 * The classifier architectures. {@code n}, {@code s} and {@code m}: stages of 3x3 convolution, batch norm, ReLU
 * and 2x2 max-pooling until the feature map is at most 7 pixels wide, then a hidden fully connected layer and the
 * class layer; the sizes differ in width. {@code resnet}: a stem and residual stages (two 3x3 convolutions with an
 * identity or 1x1 projection shortcut), global average pooling and the class layer. {@code linear}: the class layer
 * on the normalised pixels (multinomial logistic regression), a baseline that trains in seconds and the model of
 * many active-learning studies.
 * <p>
 * The plain family starts from PyTorch's default weights ({@link #PYTORCH_WEIGHTS}), not DJL's.
 */
final class Networks {

    /**
     * PyTorch's default for convolution and linear weights (Kaiming-uniform with a = sqrt 5): uniform within
     * +-1/sqrt(fan-in). DJL's default is He-normal, sqrt 6 (about 2.4) times wider. Adam moves each weight by
     * roughly the same absolute step whatever its size, so the wider start changed the weights relatively less and
     * the n network ended 2 to 3 points lower on Fashion-MNIST than the same recipe in PyTorch (see
     * docs/training.md). Biases stay at DJL's zero (PyTorch draws them uniformly; that made no measurable difference).
     */
    static final XavierInitializer PYTORCH_WEIGHTS = new XavierInitializer(RandomType.UNIFORM, FactorType.IN, 1);

    private Networks() {
    }

    static Block build(String architecture, int classes, int imageSize) {
        return switch (architecture) {
            case "n" -> plain(classes, imageSize, 16, 128);
            case "s" -> plain(classes, imageSize, 32, 256);
            case "m" -> plain(classes, imageSize, 64, 512);
            case "resnet" -> resnet(classes, imageSize);
            case "linear" -> linear(classes);
            default -> throw new IllegalArgumentException("unknown architecture " + architecture);
        };
    }

    /**
     * Whether training shows the network augmented images. A convolutional network learns to ignore a flip or a
     * shift of a few pixels; a linear one weighs every pixel on its own, so the same shift moves its features and
     * costs it ten points of accuracy on Fashion-MNIST (0.70 instead of 0.80 at 1,500 labels).
     */
    static boolean augments(String architecture) {
        return !architecture.equals("linear");
    }

    private static SequentialBlock conv(SequentialBlock block, int filters, int stride) {
        return block.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .optStride(new Shape(stride, stride)).optBias(false).setFilters(filters).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
    }

    private static Block plain(int classes, int imageSize, int width, int hidden) {
        SequentialBlock net = new SequentialBlock();
        int size = imageSize;
        int filters = width;
        int stages = 0;
        while (stages < 2 || size > 7) {
            conv(net, filters, 1);
            if (stages > 0) {
                conv(net, filters, 1);
            }
            net.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
            size /= 2;
            filters = Math.min(filters * 2, width * 8);
            stages++;
        }
        net.add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(hidden).build())
                .add(Activation.reluBlock())
                .add(Dropout.builder().optRate(0.3f).build())
                .add(Linear.builder().setUnits(classes).build());
        net.setInitializer(PYTORCH_WEIGHTS, Parameter.Type.WEIGHT);
        return net;
    }

    /**
     * The flattened pixels are the penultimate output, so the embedding strategies measure distances between
     * normalised images.
     */
    private static Block linear(int classes) {
        return new SequentialBlock().add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(classes).build());
    }

    private static Block residual(int filters, int stride, boolean project) {
        SequentialBlock main = new SequentialBlock();
        conv(main, filters, stride);
        main.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).optBias(false)
                .setFilters(filters).build())
                .add(BatchNorm.builder().build());
        Block shortcut = project
                ? new SequentialBlock().add(Conv2d.builder().setKernelShape(new Shape(1, 1))
                        .optStride(new Shape(stride, stride)).optBias(false).setFilters(filters).build())
                        .add(BatchNorm.builder().build())
                : Blocks.identityBlock();
        return new SequentialBlock()
                .add(new ParallelBlock(list -> new NDList(list.get(0).singletonOrThrow().add(list.get(1).singletonOrThrow())),
                        Arrays.asList(main, shortcut)))
                .add(Activation.reluBlock());
    }

    private static Block resnet(int classes, int imageSize) {
        SequentialBlock net = new SequentialBlock();
        conv(net, 32, 1);
        int size = imageSize;
        if (size > 64) {
            net.add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)));
            size /= 2;
        }
        int filters = 32;
        net.add(residual(filters, 1, false));
        for (int stage = 0; stage < 3 && size > 4; stage++) {
            filters *= 2;
            net.add(residual(filters, 2, true)).add(residual(filters, 1, false));
            size /= 2;
        }
        net.add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(classes).build());
        return net;
    }
}
